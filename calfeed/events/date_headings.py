"""Item lines under date headings: a line that holds only a date heads the lines below it,
up to the next such line. Fixture lists, term-dates pages and flattened two-column tables
("Day |" / "What |") write a day this way:

    Friday August 16
    Manchester United vs Fulham – Kick-off 8pm.
    Saturday August 17
    Ipswich Town vs Liverpool – Kick-off 12.30pm.

Each item line is an entry on its heading's day, titled by the line (never by the heading);
a clock in the line times it ("8pm" on Friday 16 August), unless an end verb leads to it
("(school finishes at 1.30pm for children)": when it ends, the item stays all day). Other
dates in an item line are mentions ("Back-up Sports Day ... in case of poor weather on 21st
June"), no entries of their own, unless a repeat mark (``repeat_marks.en.txt``) leads one ("(also 4
July-5 August)"): the item meets again on those days. A known town after the line's last comma
("Committee on the Rights of the Child, thirty-ninth session, Geneva") is where the item is held,
not part of its name.

One date line over some lines is a flyer's or a letter's date, so the headings must form a
list: a heading counts when the lines under it run into the next date heading, or when the
heading before it runs into it. An item line is short, opens with neither a clock nor a date
(those are slots and date-led lines, read elsewhere), holds no recurring date (the heading
is then that series' first day) and ends with a cell's "|" exactly when its heading does."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from calfeed.events.furniture_titles import furniture_title
from calfeed.events.attached_clock import timed_day
from calfeed.events.candidates import date_not_written
from calfeed.events.holiday_names import HOLIDAY_RULES
from calfeed.events.cut_titles import cut_title
from calfeed.events.date_led_lines import date_line_lead
from calfeed.events.deadline_clock import clock_of
from calfeed.events.label_block import label_of
from calfeed.events.label_lines import remark
from calfeed.events.pair_runs import ABOVE, BELOW, led_date_line, pair_direction
from calfeed.events.talk_rows import QUOTES, row_titles
from calfeed.events.not_events import link_line
from calfeed.events.row_cells import with_act
from calfeed.events.step_captions import step_caption
from calfeed.events.vocabulary import event_nouns, phrase_list, word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import tokens, words_in
from calfeed.model import Interval, Timex
from calfeed.text import CLAUSE_END, by_line, is_shortened, line_spans

MAX_ITEM = 200            # characters: a longer line is a paragraph, not an item
MAX_QUESTION_WORDS = 16   # a talk's or panel's title asked as a question ("What Can I Do With ...?")
MAX_TITLE_WORDS = 8       # a title-case item with no event word ("Manchester United vs Fulham")
CELL = "|"
_HEADING_GRAINS = ("day", "week")     # a diary row's date: a day, or the week a "Wk beg" names
HEADING_MARKS = " \t*_#:|"   # what may stand around a heading's date ("**Friday 6th May** |")
YEAR_WRITTEN = re.compile(r"(?<!\d)\d{4}(?!\d)")     # a date written with its year
ITEM_MARKS = " \t*_"
CUTS = (" – ", " — ", " - ", "(", " -", ", ")   # what sets a clock's part of the line apart
MAX_HEADER_CELLS = 8      # header cells of a table flattened one cell a line
MAX_HEADER_CELL = 60      # characters: a longer line is no header cell
TALK_ROW_NOTE = "the lines under its date are one talk's cells (speaker, affiliation, title): the talk names it"
MIN_BARE_ROWS = 3         # rows of a header-less flattened table that show its width


@dataclass(frozen=True)
class HeadedItem:
    """One item line: its title, its span, and the heading's date timed by the line's clock."""

    title: str
    line: tuple[int, int]
    timex: Timex              # the heading's date (its span and words), timed when the line has a clock
    clock: Timex | None       # the clock that timed it, if any
    heading: tuple[int, int]  # the heading line's span
    place: tuple[int, int] | None = None   # a known town closing the line after a comma
    repeat: bool = False      # the item again on a day its line gives ("(also 4 July-5 August)")
    remarks: tuple[tuple[int, int], ...] = ()   # the row's other cells, when a flattened table's row
    kind: str | None = None   # the kind its column gives (a flattened table's "Papers due": deadline)
    note: str | None = None   # why the line is this entry, when not as an item under its date heading
    cell: bool = False        # the item is one cell of a table row, the row's other cells other entries


@dataclass
class _Group:
    heading: Timex
    span: tuple[int, int]
    index: int                # the heading's line
    items: list[tuple[int, int]]
    runs_on: bool = False     # the next non-blank line after the items is another date heading
    restated: set[int] = field(default_factory=set)   # ids of dates restating the heading's day
    where: tuple[int, int] | None = None   # the value of a "Where:" line among the items


def headed_items(text: str, ordered: list[Timex]) -> tuple[dict[int, list[HeadedItem]], set[int]]:
    """The items under each date heading (by the heading's id) and the ids of the timexes
    inside item lines, which the items stand for."""
    lines = line_spans(text)
    starts = [start for start, _ in lines]
    on_line = by_line(lines, ordered)
    read = {k: h for k in range(len(lines)) if (h := _heading(text, lines[k], on_line.get(k, []), ordered)) is not None}
    headings = {k: heading for k, (heading, _) in read.items()}
    asides = {k for k in headings if any(_weekday_aside(text, t, on_line[k]) for t in on_line[k])}
    if len(asides) * 2 > len(headings):     # every day with its weekday in brackets: value lines, read by the label readers
        headings = {k: h for k, h in headings.items() if k not in asides}
    loose = {id(h) for h in headings.values() if _timed_day(h) and pair_direction(text, h.start, ordered) is None}
    groups: list[_Group] = []
    k = 0
    while k < len(lines):
        if k not in headings:
            k += 1
            continue
        group, k = _group(text, lines, k, headings, on_line, read[k][1])
        groups.append(group)
    found: dict[int, list[HeadedItem]] = {}
    taken: set[int] = set()
    for run in _runs(groups):
        if len(run) < 2 or _labels_above(text, lines, run, on_line) or _read_label_first(text, run, ordered):
            continue
        columns = _row_columns(text, lines, run, on_line)
        if columns is None and _described_rows(text, run):
            columns = 0
        dates_of = lambda c: on_line.get(bisect.bisect_right(starts, c[0]) - 1, [])   # noqa: E731
        talks = row_titles(text, [group.items for group in run], dates_of) if columns is None else {}
        if any(id(group.heading) in loose and n not in talks and len(group.items) != 1 for n, group in enumerate(run)):
            continue        # a day and clock over lines that pair no way: a heading only over a talk's cells
        for n, group in enumerate(run):
            taken |= group.restated
            talk = talks.get(n)
            if talk is not None:     # "Dr. Ana Ruiz," / "Hollins Institute" / "\"Tides and Moons\"": one talk's cells
                found.setdefault(id(group.heading), []).append(HeadedItem(
                    talk.title, talk.line, group.heading, None, group.span, group.where, remarks=talk.others,
                    note=TALK_ROW_NOTE))
                taken |= {id(t) for line in group.items for t in dates_of(line)}
                continue
            if talks and len(group.items) > 1 and any(_says_none(text, line) for line in group.items):
                taken |= {id(t) for line in group.items for t in dates_of(line)}
                continue     # a talk list's "Spring Break" / "No Seminar": the day has no talk, the line says why
            cells = group.items
            if columns is not None and len(cells) > 1:     # one row: its title cell, the rest remarks on it
                at = columns if columns < len(cells) else 0
                cells = [_row_title_cell(cells, at, group.heading, lambda c: on_line.get(
                    bisect.bisect_right(starts, c[0]) - 1, []))]
                taken |= {id(t) for line in group.items
                          for t in on_line.get(bisect.bisect_right(starts, line[0]) - 1, [])}
                if cells[0] != group.items[at]:     # "Closure of consultation 7th April": that day's entry too
                    own = _own_day_item(text, group, group.items[at], on_line.get(
                        bisect.bisect_right(starts, group.items[at][0]) - 1, []))
                    if own is not None:
                        found.setdefault(id(group.heading), []).append(own)
            for line in cells:
                inside = on_line.get(bisect.bisect_right(starts, line[0]) - 1, [])
                if _says_none(text, line) and len(text[line[0]:line[1]].split()) <= NONE_LINE_WORDS:
                    taken |= {id(t) for t in inside}
                    if len(cells) == 1:
                        taken.add(id(group.heading))     # the heading's one line: the day gives nothing at all
                    continue      # "Monday, May 29" / "No programs today": the day goes without (its "today" with it)
                if len(cells) > 1 and _prose_with_own_days(text, line, inside, group.heading):
                    continue      # "SECOND ROUND OPENS" / "Entries received ... until 28 February 2032 ...": its own days
                item = _item(text, group, line, inside)
                if item is not None and len(cells) < len(group.items):
                    item = _as_row(text, item, [c for c in group.items if c != line])
                if item is not None and item.place is None and group.where is not None:
                    item = replace(item, place=group.where)
                if item is not None:
                    found.setdefault(id(group.heading), []).append(item)
                    found[id(group.heading)].extend(replace(item, timex=t, clock=None, repeat=True) for t in _repeats(text, line, inside))
                    found[id(group.heading)].extend(_sessions(text, item, inside, group.heading))
                    taken |= {id(t) for t in inside}
    return found, taken


PROSE_ITEM_WORDS = 10    # words of a line of prose under a captioned key date, not a caption or an item


def _prose_with_own_days(text: str, line: tuple[int, int], inside: list[Timex], heading: Timex) -> bool:
    """A sentence of prose under a key date's caption ("01 August 2031" / "SECOND ROUND OPENS" /
    "Entries received ... until 28 February 2032 will be judged at the Panel Meeting held in April
    2032."): it writes days of its own, other than the heading's, so it explains the row and dates
    its own entries; it is no item of the heading's day."""
    body = text[line[0]:line[1]].strip()
    if not body.endswith(".") or len(body.split()) < PROSE_ITEM_WORDS:
        return False
    day = heading.interval.start.date() if heading.interval is not None else None
    return any(t.type == "DATE" and t.interval is not None and t.interval.start.date() != day and clock_of(t) is None
               for t in inside)


def _says_none(text: str, line: tuple[int, int]) -> bool:
    """Whether the line says its day has none of the list's events ("No Seminar", "No talk", "No
    programs today"): an absence mark (absence_marks) before an event noun or a listing's noun
    (none_listed_nouns)."""
    words = text[line[0]:line[1]].split()
    listed = word_list("none_listed_nouns")
    return (len(words) >= 2 and words[0].lower() in word_list("absence_marks")
            and any((w.lower().strip(".,;:()"),) in event_nouns() or w.lower().strip(".,;:()") in listed
                    for w in words[1:]))


NONE_LINE_WORDS = 5     # "No programs today", "No events this week": a short line; a longer one says more


def _group(text: str, lines: list[tuple[int, int]], k: int, headings: dict[int, Timex],
           on_line: dict[int, list[Timex]], where: tuple[int, int] | None) -> tuple[_Group, int]:
    """The heading on line ``k`` (with the venue its line names, ``where``) with its item lines, and
    the index of the line after them."""
    heading = headings[k]
    group = _Group(heading, lines[k], k, [], where=where)
    cell = text[lines[k][0]:lines[k][1]].rstrip().endswith(CELL)
    j = k + 1
    while j < len(lines) and lines[j][0] < heading.end:
        j += 1          # "Oct. 4," / "4:00 p.m.": the heading's clock on the next line is the heading's
    gap = False
    while j < len(lines):
        start, end = lines[j]
        if not text[start:end].strip():
            gap = True
            j += 1
            continue
        if j in headings:
            group.runs_on = True
            break
        if gap and group.items and all(_bulleted(text, line) for line in group.items) and not _bulleted(text, lines[j]):
            break         # "Week of July 12, 2021" / "  • Notifications sent" / (blank) / "Abstract Withdrawal": the page goes on
        gap = False
        dated = on_line.get(j, [])
        if not dated and link_line(text[start:end].strip(ITEM_MARKS + CELL)):
            j += 1          # "Download the Draft Agenda", "Register here", "Share this event": the page's links, no item
            continue
        where = _where_value(text, lines[j]) if not dated else None
        if where is not None:
            group.where = group.where or where      # "WHERE: Hilton Garden Inn, Albany": where the items are
            j += 1
            continue
        if _named_day(text, lines[j], dated, heading):
            group.items.append(lines[j])      # "Tues 22nd April" / "Earth Day": the day's name is its item
            group.restated |= {id(t) for t in dated}
            j += 1
            continue
        if _restates(text, lines[j], dated, heading):
            group.restated |= {id(t) for t in dated}      # "30 June 2024" / "Hearings" / "End of June"
            j += 1
            continue
        if not group.items and not cell and _captioned_paragraph(text, lines[j], dated, heading):
            group.items.append(lines[j])      # "May 24, 2031 (Saturday)" / "Awarding of the prizes at .... The winner ...": its caption
            j += 1
            continue
        if (_led_date_row(text, lines[j], dated, heading) or not _item_line(text, lines[j], dated, cell)
                or _dates_own_sentence(text, lines[j], dated, heading)):
            if text[start:end].lstrip()[:1].islower() and not text[lines[j - 1][0]:lines[j - 1][1]].strip() == "":
                group.items = []          # a wrapped paragraph ("... was held by teleconference on" / "6-7 August 2014.")
            elif len(group.items) == 1 and not cell and text[lines[j - 1][0]:lines[j - 1][1]].strip() == "":
                following = _past_description(text, lines, j, headings)
                if following is not None:     # "5th April" / "Editors meeting ..." / (a paragraph on it) / "9th April"
                    group.runs_on = True
                    j = following
            break
        group.items.append(lines[j])
        j += 1
    return group, j


PROSE_WORDS = 12          # a line this long ending in a full stop is a sentence, not a caption


def _captioned_paragraph(text: str, line: tuple[int, int], dated: list[Timex], heading: Timex) -> bool:
    """A paragraph right under a date heading, too long for an item line, whose first sentence
    names a step ("Start of the public vote on the posted photos. Visitors may vote once a day.";
    step_captions): a timeline sets each step's caption and its details under the step's date,
    and the caption names the entry. A paragraph that tells days of its own is no caption."""
    body = text[line[0]:line[1]].strip()
    if len(body) <= MAX_ITEM or not body[:1].isupper() or _dates_own_sentence(text, line, dated, heading):
        return False
    stop = _first_sentence_end(text, line[0], line[1])
    first = text[line[0]:stop].strip()
    return len(first) <= MAX_ITEM and step_caption(first) and not any(t.start < stop for t in dated)


def _dates_own_sentence(text: str, line: tuple[int, int], dated: list[Timex], heading: Timex) -> bool:
    """A sentence under a day heading that tells a day of its own with its year ("Projects submitted ...
    until 28 February 2026 will be part of the meeting held in April 2026." under "01 August 2025"):
    its days are the entries it announces, so it is no item of the heading's day."""
    body = text[line[0]:line[1]].strip(ITEM_MARKS)
    if not body.endswith(".") or len(body.split()) < PROSE_WORDS or heading.interval is None:
        return False
    day = heading.interval
    return any(t.interval is not None and YEAR_WRITTEN.search(t.text) and t.type in ("DATE", "TIME")
               and not (t.interval.start < day.end and day.start < t.interval.end) for t in dated)


MAX_DESCRIPTION_PARAGRAPHS = 3   # paragraphs describing one item before the next day heading


def _past_description(text: str, lines: list[tuple[int, int]], j: int, headings: dict[int, Timex]) -> int | None:
    """The next day heading's line when the lines from ``j`` on are the paragraphs describing the
    item above and its links ("More information"), blank lines between: a press calendar sets each
    day out as its heading, its title line and a paragraph on it. None when anything else stands
    before the next heading."""
    paragraphs = 0
    while j < len(lines):
        body = text[lines[j][0]:lines[j][1]].strip()
        if j in headings:
            return j if paragraphs else None
        if body and link_line(body.strip(ITEM_MARKS)):
            pass
        elif body:
            if not _description(body) or paragraphs == MAX_DESCRIPTION_PARAGRAPHS:
                return None
            paragraphs += 1
        j += 1
    return None


def _description(body: str) -> bool:
    """A paragraph of prose: a capital or a quote first, and longer than an item line or holding
    a sentence's end."""
    return ((body[:1].isupper() or body[:1] in QUOTES) and not body.startswith(("#", CELL))
            and (len(body) > MAX_ITEM or CLAUSE_END.search(body) is not None))


def _row_columns(text: str, lines: list[tuple[int, int]], run: list[_Group],
                 on_line: dict[int, list[Timex]]) -> int | None:
    """Which item of each group is the row's title cell, when the run is a table flattened one
    cell a line ("Date |" / "Planned action |" / "Notes |" over "5th March 2018 |" / "NPWG
    meeting |" / "Reviewed proposed amendments |"), else None. The header's cells right above the
    first date say so (a notes column names no row), or, with no header, most rows having the
    same number (two at least) of cells after their date, none more."""
    if not text[run[0].span[0]:run[0].span[1]].rstrip().endswith(CELL):
        return None
    top = run[0].index
    while top > 0 and text[lines[top - 1][0]:lines[top - 1][1]].rstrip().endswith(CELL):
        top -= 1                  # up over the table's earlier rows to its first line
    header: list[str] = []
    for k in range(top, min(run[0].index, top + MAX_HEADER_CELLS)):
        line = text[lines[k][0]:lines[k][1]].strip()
        if on_line.get(k) or len(line) > MAX_HEADER_CELL:
            break
        header.append(" ".join(line.strip(HEADING_MARKS).lower().split()))
    widest = max(len(group.items) for group in run)
    if len(header) > 2 and widest < len(header):
        remarks = word_list("table_note_headers") | word_list("table_status_headers") | word_list("table_place_headers")
        return next((n - 1 for n, name in enumerate(header[1:], 1) if name not in remarks), 0)
    counts = [len(group.items) for group in run]
    if widest > 1 and len(run) >= MIN_BARE_ROWS and counts.count(widest) * 4 >= len(run) * 3:
        return 0
    return None


MIN_DESCRIBED_ROWS = 3    # dates in a list before its shape says its later lines describe the first
_NOTE_LEAD = re.compile(r"[^\W\d_][\w ()/&-]{0,40}:\s")    # "Parts of Term: General - Full Term"


def _described_rows(text: str, run: list[_Group]) -> bool:
    """Whether each date of the list is one entry whose later lines describe it: every date
    has the same number (two or more) of lines under it, and each line after the first reads
    as a note on it (a sentence, a "Label: value" note, or, for fewer than half of them, a
    longer gloss):

        September 5
        Complete Term Withdrawal to receive 50% credit of tuition
        Parts of Term: General - Full Term, Nursing - Term 1

    A day's list of several items ("Year 2 visit" / "Year 5 play") has neither the one shape
    nor lines that gloss the one before; when the first line is itself a sentence ("Year 2 visit
    to the farm."), a later sentence is one more item beside it, not a note on it."""
    if len(run) < MIN_DESCRIBED_ROWS or len({len(group.items) for group in run}) != 1 or len(run[0].items) < 2:
        return False
    notes = glosses = 0
    for group in run:
        first = text[group.items[0][0]:group.items[0][1]].strip(ITEM_MARKS)
        told = bool(CLAUSE_END.search(first))
        for start, end in group.items[1:]:
            line = text[start:end].strip(ITEM_MARKS)
            if _NOTE_LEAD.match(line) or (CLAUSE_END.search(line) and not told):
                notes += 1
            elif len(line) > len(first):
                glosses += 1
            else:
                return False
    return notes >= glosses         # most of them notes: a longer line alone may be another item


def _row_title_cell(cells: list[tuple[int, int]], at: int, heading: Timex,
                    dates_of: Callable[[tuple[int, int]], list[Timex]]) -> tuple[int, int]:
    """The cell naming a row that spans days: its title cell, unless that cell gives one day of
    its own ("7th – 13th April" / "Closure of consultation 7th April" / "Consolidate feedback"),
    when it tells of that day and the next cell with no date names the row's span."""
    if heading.end_interval is None or not any(t.type == "DATE" for t in dates_of(cells[at])):
        return cells[at]
    return next((c for c in cells[at + 1:] if not dates_of(c)), cells[at])


def _own_day_item(text: str, group: _Group, line: tuple[int, int], inside: list[Timex]) -> HeadedItem | None:
    """The item a row's task cell tells on the one day it gives ("Closure of consultation 7th
    April" in the row of "7th – 13th April 2018"), titled without that day."""
    day = next((t for t in inside if t.type == "DATE" and t.interval is not None
                and t.interval.granularity == "day" and t.end_interval is None), None)
    item = _item(text, group, line, inside) if day is not None else None
    if item is None:
        return None
    title = _trimmed(item.title.replace(day.text, " ").replace(" ,", ","))
    return replace(item, title=title, timex=_in_year_of(day, group.heading)) if title[:1].isalnum() else None


def _in_year_of(day: Timex, heading: Timex) -> Timex:
    """``day`` moved into the year of the row's span when its month and day fall inside it there
    ("7th April" in the row of "7th – 13th April 2018" is 7 April 2018, whatever year the page had)."""
    span, last = heading.interval, heading.end_interval
    if span is None or last is None or day.interval is None or day.interval.start.year == span.start.year:
        return day
    try:
        moved = day.interval.start.replace(year=span.start.year)
    except ValueError:            # 29 February in another year
        return day
    if not span.start <= moved < last.end:
        return day
    shift = moved - day.interval.start
    interval = Interval(moved, day.interval.end + shift, day.interval.granularity)
    return replace(day, interval=interval, value=moved.date().isoformat())


def _as_row(text: str, item: HeadedItem, others: list[tuple[int, int]]) -> HeadedItem:
    """The row's item, its other cells kept as its remarks; a title cell that only names who
    acts ("NPWG" over "Deliver Pre-Submission Plan documents to Parish Council") takes the
    next cell's words: what they do is the entry."""
    note = next((c for c in others if c[0] > item.line[0]), None)
    title = item.title
    if note is not None:
        title = with_act(title, _trimmed(text[note[0]:_first_sentence_end(text, note[0], note[1])]))
    return replace(item, title=title, remarks=tuple(others))


def _runs(groups: list[_Group]) -> list[list[_Group]]:
    """The groups in lists: each runs on into the next heading."""
    runs: list[list[_Group]] = []
    for n, group in enumerate(groups):
        if n > 0 and groups[n - 1].runs_on:
            runs[-1].append(group)
        else:
            runs.append([group])
    return runs


def _labels_above(text: str, lines: list[tuple[int, int]], run: list[_Group],
                  on_line: dict[int, list[Timex]]) -> bool:
    """"Open discussion: DP18/4" / "05/07/2018" / "Discussion closes" / "05/10/2018": each label
    stands above its date, so the list opens with a label right above its first date (past
    blank lines) and ends with a date with nothing under it but, at most, a sentence. Bulleted
    items under headings whose line above is no bullet ("Dear Parents," or a signature over
    "Tuesday 6th February" / "• Safer Internet Day") are the headings' own: a label above a
    date is written like the items it pairs with."""
    first = run[0].index
    items = [line for group in run for line in group.items]
    bulleted = bool(items) and all(_bulleted(text, line) for line in items)
    if any(not remark(text[line[0]:line[1]].strip()) for line in run[-1].items):
        return False
    above = first - 1
    while above >= 0 and not text[lines[above][0]:lines[above][1]].strip():
        above -= 1          # web pages set a blank line between a label and its date
    if above < 0:
        return False
    if bulleted and not _bulleted(text, lines[above]):
        return False
    cell = text[run[0].span[0]:run[0].span[1]].rstrip().endswith(CELL)
    return _item_line(text, lines[above], on_line.get(above, []), cell)


def _read_label_first(text: str, run: list[_Group], ordered: list[Timex]) -> bool:
    """Whether the line pairs around every heading of the run set each label over its date
    (pair_runs reads the block's shape once): "Classes Begin" / "August 22" / "Full term" /
    "August 22—December 14" names each date by the line above it, whatever dateless lines (a
    section's sub-headings) follow the block's last date."""
    return all(pair_direction(text, group.span[0], ordered) == ABOVE for group in run)


def _bulleted(text: str, line: tuple[int, int]) -> bool:
    """Whether the line opens with a list item's mark ("• Safer Internet Day", "- Year 2 visit")."""
    body = text[line[0]:line[1]].strip()
    return body[:1] in word_list("list_bullets")



def _named_day(text: str, line: tuple[int, int], dated: list[Timex], heading: Timex) -> bool:
    """A line that is only a named day falling on the heading's day ("Earth Day" under "Tues
    22nd April", "Christmas Day" under "25 December"): the occasion the page lists that day."""
    if len(dated) != 1 or not any(r in HOLIDAY_RULES for r in dated[0].rule.split("+")) or heading.interval is None:
        return False
    timex = dated[0]
    if (text[line[0]:timex.start] + text[timex.end:line[1]]).strip(HEADING_MARKS) or timex.interval is None:
        return False
    return timex.interval.start.date() == heading.interval.start.date() and timex.end_interval is None


def _bulleted(text: str, line: tuple[int, int]) -> bool:
    """A line opening with a list bullet ("  • Abstract deadline")."""
    return text[line[0]:line[1]].lstrip()[:1] in word_list("list_bullets")


def _restates(text: str, line: tuple[int, int], dated: list[Timex], heading: Timex) -> bool:
    """A line that is only a looser date around the heading's day ("End of June" under "30 June 2024")."""
    if len(dated) != 1 or dated[0].interval is None or heading.interval is None:
        return False
    timex = dated[0]
    if (text[line[0]:timex.start] + text[timex.end:line[1]]).strip(HEADING_MARKS):
        return False
    last = timex.end_interval or timex.interval
    start = heading.interval.start
    month_end = start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1, day=1,
                              hour=0, minute=0, second=0, microsecond=0)
    # "February/March 2019" under "01 February 2019" runs past the heading's month: a period of its own
    return timex.interval.start <= start < last.end <= month_end


def _heading(text: str, line: tuple[int, int], dated: list[Timex], ordered: list[Timex]
             ) -> tuple[Timex, tuple[int, int] | None] | None:
    """The date a line holds and nothing else: a written day (or days), not a clock; a day
    with its clock ("Wed 30th April (1pm)") in a list that sets each date over its label. With
    it, the venue after its comma ("16th to 18th February, Room IV"; heading_venue), the only
    other words such a line may hold."""
    told = [t for t in dated if not _weekday_aside(text, t, dated)]   # "May 8, 2029 (Tuesday)"
    if len(told) != 1:
        return None
    timex = told[0]
    lead = text[line[0]:timex.start].strip(HEADING_MARKS)
    rest = text[timex.end:line[1]]
    for aside in (t for t in dated if t is not timex):
        rest = rest.replace(f"({aside.text})", " ", 1)
    if not date_line_lead(lead, HEADING_MARKS):
        return None
    told_more = bool(rest.strip(HEADING_MARKS))
    where = heading_venue(text, timex, line) if told_more else None
    if told_more and where is None:
        return None
    led = bool(lead)              # "From Weds 23rd July", "Throughout June"
    if not led and _timed_day(timex):     # no pairing either way: only a talk's cells may stand under it (see headed_items)
        return (timex, where) if pair_direction(text, line[0], ordered) in (BELOW, None) else None
    if timex.type != "DATE" or timex.interval is None:
        return None
    grain = timex.interval.granularity
    if not (grain in _HEADING_GRAINS or led and grain == "month"):
        return None               # a bare month is a section's heading, not a day's ("JUNE" over its days)
    if timex.end_interval is not None and timex.end_interval.granularity != "day":
        return None
    if led and grain == "month":
        return timex, where       # "Throughout June": the month the row below runs through
    if not any(c.isdigit() for c in timex.text) or timex.approximate:
        return None               # "Saturday": a weekday counted from the document, no list's day
    return timex, where


MAX_VENUE_WORDS = 4        # "Room IV", "Main Conference Hall": a longer rest is a title of its own
_VENUE_COMMA = re.compile(r",[ \t]+")


def heading_venue(text: str, timex: Timex, line: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a venue after a comma closing a day heading ("16th to 18th February, Room IV"):
    a few capitalised words or numbers, one of them a venue's head noun (venue_heads). Where the
    day's item is held, not its name."""
    comma = _VENUE_COMMA.match(text, timex.end, line[1])
    if comma is None:
        return None
    end = line[1]
    while end > comma.end() and text[end - 1] in HEADING_MARKS:
        end -= 1
    words = text[comma.end():end].split()
    if not 2 <= len(words) <= MAX_VENUE_WORDS or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    heads = word_list("venue_heads")
    return (comma.end(), end) if any(w.lower().strip(".,") in heads for w in words) else None


def _weekday_aside(text: str, timex: Timex, dated: list[Timex]) -> bool:
    """A bare weekday in brackets after another date of the line ("(Tuesday)"): the day's weekday told
    again, because the list's days are mostly another weekday; no date of its own. Only such a day
    among plain ones heads its lines as they do (headed_items): a list writing every day so
    ("August 26th (Monday)" under "First Day of Classes") sets its labels above its days."""
    return (len(dated) > 1 and timex.text.lower().rstrip(".") in weekday_words()
            and text[timex.start - 1:timex.start] == "(" and text[timex.end:timex.end + 1] == ")"
            and any(t.end <= timex.start for t in dated if t is not timex))


def _timed_day(timex: Timex) -> bool:
    """A day written with its clock ("Wed 30th April (1pm)"): the day heads its items, which take its time."""
    return (timex.type == "TIME" and timex.interval is not None and not date_not_written(timex)
            and (timex.end_interval is None or timex.end_interval.start.date() == timex.interval.start.date()))


def _led_date_row(text: str, line: tuple[int, int], dated: list[Timex], heading: Timex) -> bool:
    """A line that ends with a date other than the heading's day after a short lead ("Wk beg
    26th May", "From Weds 23rd July", "Throughout June"): the next row's date; it ends the
    heading's items."""
    if not led_date_line(text, line, dated) or heading.interval is None:
        return False
    last = max(dated, key=lambda t: t.end)
    return last.interval.start.date() != heading.interval.start.date()


def _where_value(text: str, line: tuple[int, int]) -> tuple[int, int] | None:
    """The value's span of a "Where: ..." line (``where_labels``), else None."""
    found = label_of(text[line[0]:line[1]])
    if found is None or found[0] not in word_list("where_labels"):
        return None
    start = line[0] + found[1]
    value = text[start:line[1]].rstrip(" \t.;")
    return (start, start + len(value)) if value.strip() else None


def _item_line(text: str, line: tuple[int, int], dated: list[Timex], cell: bool) -> bool:
    body = text[line[0]:line[1]].strip()
    if not body or len(body) > MAX_ITEM or body.startswith(("#", CELL)):
        return False              # a heading or a pipe table's row: read as such
    if body.endswith(CELL) != cell:
        return False              # "Please note dates may be subject to change.": the table is over
    lead = body.lstrip(ITEM_MARKS)
    if lead[:1] in word_list("list_bullets"):
        lead = lead[1:].lstrip(ITEM_MARKS)
    lead = lead.lstrip(QUOTES) if lead[:1] in QUOTES else lead      # "\"Tides and Moons\"": a talk's quoted title
    if furniture_title(body, text, line[0], line[0]):
        return False              # "409 Views", "Last modified: 06-Dec-2022": the page's furniture, no item
    if not lead[:1].isalnum() or lead[:1].islower() or body.rstrip(" " + CELL + "*_").endswith(":"):
        return False              # a paragraph's next line, or a label over the next date ("Camera ready due:")
    opening = min(dated, key=lambda t: t.start, default=None)
    if opening is not None and not (text[line[0]:opening.start] + text[opening.end:line[1]]).strip(HEADING_MARKS):
        return False              # "End of July": a date of its own, no item
    if (opening is not None and any(c.isdigit() for c in opening.text)
            and not text[line[0]:opening.start].strip(ITEM_MARKS + "".join(word_list("list_bullets")))):
        return False              # "10:00 Opening" / "Monday 8 February — ...": a slot or a date-led line
    return not any(t.type == "SET" for t in dated)   # "resume every Tuesday": the heading starts a series


def _item(text: str, group: _Group, line: tuple[int, int], inside: list[Timex]) -> HeadedItem | None:
    body = text[line[0]:line[1]]
    lead = len(body) - len(body.lstrip(ITEM_MARKS + "".join(word_list("list_bullets"))))
    clocks = [t for t in inside if clock_of(t) is not None and t.interval is not None]
    stop = _first_sentence_end(text, line[0] + lead, line[1], clocks)
    clock = next((t for t in clocks if t.start < stop), None)
    cut = stop
    timed = clock
    if clock is not None:
        before = text[line[0] + lead:clock.start]
        at = max((before.rfind(c) for c in CUTS if c != "(" or ")" not in before[before.rfind(c):]), default=-1)
        cut = line[0] + lead + (at if at > 0 else len(before))
        part = text[cut:clock.start].lower()
        if any(f" {verb} " in f" {' '.join(re.findall(r'[a-z-]+', part))} " for verb in word_list("end_verbs")):
            timed = None          # "(school finishes at 1.30pm ...)": when it ends, not when it starts
        if re.findall(r"[a-z-]+", before.lower())[-1:] and re.findall(r"[a-z-]+", before.lower())[-1] \
                in word_list("closing_clock_marks"):
            timed = None          # "Bar and Food available until 1am": when it stops, not when it starts
            cut = line[0] + lead + len(before.rstrip()) - len(before.rstrip().split()[-1])
    title = _trimmed(text[line[0] + lead:cut])
    if clock is not None:
        title = cut_title(title)  # "Reports are to be submitted ... no later than" / "5:00 pm": "Reports due"
    if clock is not None and stop > clock.start and title.endswith(".") and not _abbreviated_end(title):
        title = title[:-1]        # "YOGA FOR ADULTS. 11.00-12.00": the name's full stop before its times
    if not title or not title[0].isalnum():
        return None
    asked = (clock is None and stop < line[1] and text[stop] == "?" and not _names_something(title)
             and _timed_day(group.heading)
             and len(title.split()) <= MAX_QUESTION_WORDS)
    if asked:
        title += "?"              # "What Can I Do With a Degree in Geology? Hale Hall": a talk's question, then where
    if clock is None and stop < line[1] and not asked and not _names_something(title):
        if group.items and line != group.items[0]:
            return None           # "Initial consultation period close" / "The initial consultation period is closed - ...": its description
        title = _label_before_dash(title)
        if title is None:
            return None           # "All times are BST.": a remark under the list, no item
    timex = group.heading if timed is None else timed_day(group.heading, timed)
    title = _without_repeat_notes(title, text, line, inside)
    ends = (stop, line[1]) if clock is None else (stop, line[1], cut)    # "Hawks v Falcons, Marvel Stadium – 7.25pm"
    place = _closing_town(text, line[0] + lead, min(ends))
    if place is not None and title.endswith(text[place[0]:place[1]]):
        title = title[:-(place[1] - place[0])].rstrip(" ,")
    return HeadedItem(title, line, timex, timed, group.span, place) if title else None


def _repeat_led(text: str, line: tuple[int, int], timex: Timex) -> bool:
    """A repeat mark right before ``timex`` on its line, after any opening bracket ("(also 4 July")."""
    before = tokens(text[line[0]:timex.start].lower())
    while before and before[-1] == "(":
        before.pop()
    return any(tuple(before[-len(mark):]) == mark for mark in phrase_list("repeat_marks"))


def _repeats(text: str, line: tuple[int, int], inside: list[Timex]) -> list[Timex]:
    """The days a repeat mark gives the item again: written days, not clocks or series."""
    return [t for t in inside if t.type == "DATE" and t.interval is not None and t.interval.granularity == "day"
            and any(c.isdigit() for c in t.text) and _repeat_led(text, line, t)]


def _without_repeat_notes(title: str, text: str, line: tuple[int, int], inside: list[Timex]) -> str:
    """The title without a bracketed note that only repeats the item on other days ("(also 4 July-5 August)")."""
    for timex in _repeats(text, line, inside):
        opening = text.rfind("(", line[0], timex.start)
        closing = text.find(")", timex.end, line[1])
        if opening < 0 or closing < 0:
            continue
        note = " ".join(text[opening:closing + 1].split())
        if note in title:
            title = " ".join(title.replace(note, " ").split()).replace(" ,", ",")
    return title


def _closing_town(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a known town written after the last comma of [start, end) and closing it
    ("..., thirty-ninth session, Geneva", "..., fourteenth session,New York")."""
    from calfeed.events.places import place_ending_at       # places loads the gazetteer

    body = text[start:end].rstrip(" \t.*_|")
    comma = body.rfind(",")
    if comma < 0:
        return None
    words = words_in(text, start + comma + 1, start + len(body))
    if not words:
        return None
    place = place_ending_at(words, len(words) - 1, text)
    if place is None or place.start != words[0].start:
        return None
    return place.start, place.end


def _first_sentence_end(text: str, start: int, end: int, clocks: list[Timex] = ()) -> int:
    for m in CLAUSE_END.finditer(text, start, end):
        before = text[start:m.start()].split()
        if text[m.start()] == "." and before and (is_shortened(before[-1]) or before[-1][-1:].isdigit()):
            continue              # "Dr.", "Rosa K. Lindqvist" or "1.30pm" mid-clock
        if text[m.start()] == "." and _only_clocks(text, m.end(), end, clocks):
            continue              # "ART WORKSHOPS. 1.30-2.30 and 3.30-4.30": the name, then its times
        return m.start()
    return end


def _abbreviated_end(title: str) -> bool:
    from calfeed.text import is_abbreviation       # calfeed.text loads through calfeed.timex (see framing)

    last = title[:-1].split()[-1:]
    return bool(last) and (is_abbreviation(last[0]) or len(last[0]) == 1)


def _joined(text: str, start: int, end: int) -> bool:
    """Only words joining one session's clock to the next between [start, end) ("and", ",")."""
    words = text[start:end].replace(",", " , ").lower().split()
    return all(w in word_list("session_clock_joiners") for w in words)


def _only_clocks(text: str, start: int, end: int, clocks: list[Timex]) -> bool:
    """Whether [start, end) holds clocks and only the words joining them ("1.30-2.30 and 3.30-4.30")."""
    inside = [t for t in clocks if start <= t.start and t.end <= end]
    if not inside or not _joined(text, start, inside[0].start) or not _joined(text, inside[-1].end, end):
        return False
    return all(_joined(text, a.end, b.start) for a, b in zip(inside, inside[1:]))


def _sessions(text: str, item: HeadedItem, inside: list[Timex], heading: Timex) -> list[HeadedItem]:
    """The item again at each further clock its line joins to the first ("CIRCUS WORKSHOPS 2.30-3.30
    and 5.30-6.30": two sessions)."""
    if item.clock is None or item.timex is heading:
        return []
    found: list[HeadedItem] = []
    last = item.clock
    for clock in (t for t in inside if t.start >= item.clock.end and t.type == "TIME"
                  and clock_of(t) is not None and t.interval is not None):
        if not text[last.end:clock.start].strip() or not _joined(text, last.end, clock.start):
            break
        found.append(replace(item, timex=timed_day(heading, clock), clock=clock, repeat=True))
        last = clock
    return found


def _trimmed(title: str) -> str:
    """The title with its closing cell mark, emphasis and the words leading to its clock cut."""
    title = " ".join(title.strip(" \t" + CELL + "*_").split()).rstrip(" ,;:–—-|")
    words = title.split()
    leads = word_list("clock_leads")
    while words and words[-1].lower().strip(",") in leads:
        words.pop()
    return " ".join(words).rstrip(" ,;:–—-")


def _label_before_dash(title: str) -> str | None:
    """"Applications are evaluated - Using the evaluation criteria and 5 point scale.": a short
    label, a spaced dash, then what it means; the label names the item. None when no spaced
    dash parts a short label off."""
    dashes = [title.find(f" {d} ") for d in word_list("label_dashes")]
    at = min((k for k in dashes if k > 0), default=-1)
    if at < 0:
        return None
    label = title[:at].rstrip(" ,;:")
    return label if label[:1].isalnum() and _names_something(label) else None


def _names_something(title: str) -> bool:
    """An item with no clock written as a sentence is an entry when it is short ("Authors
    notified of decision regarding submission."), not a remark ("Your time to tell us what you
    think about our proposal.")."""
    return len(title.split()) <= MAX_TITLE_WORDS or step_caption(title)
