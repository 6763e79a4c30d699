"""Days listed one a line under a plain heading, with a standing sentence elsewhere on the page
that says when and where such meetings are held:

    Board meetings are held at 6:00 pm at Alumni Hall, 618 University Avenue, and on Zoom.
    ...
    Upcoming meetings

    September 26, 2023

    November 28, 2023

Each listed day is an entry of the kind the heading names ("Upcoming meetings": a meeting; the
words that only say the lines are dates, ``date_list_heading_words``, go), titled by the
standing sentence's subject when it names the same event ("Board meeting"), timed by that
sentence's clock and placed by its place. A heading that names no event ("Future dates",
"Dates for 2024") takes its event from the standing sentence ("The group meets at 10am at the
library": a group meeting). A day's own clock on its line ("Jan. 9th @ 7 pm") wins.

A listed line is only its day (a bullet, emphasis, a closing colon, a bracketed note or a link
word around it); lines a date opens with more words ("13 May 2020 — Annual Parish Council
Meeting") may stand among them and are read elsewhere. The days run in order, two at least, and
any number of blank lines may part them and the heading (web pages set blocks apart)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from calfeed.events.attached_clock import timed_day
from calfeed.events.arrival_times import UNTIMED_KINDS
from calfeed.events.candidates import date_not_written, one_day
from calfeed.events.column_headers import heads_flat_row
from calfeed.events.deadline_clock import clock_of
from calfeed.events.limit_clocks import limit_clock
from calfeed.events.phrases import kind_of, noun_phrases
from calfeed.events.places import places_in
from calfeed.events.row_cells import first_cell
from calfeed.events.rule_rows import rule_row
from calfeed.events.settling import one_occasion
from calfeed.events.superseded import after_new_day, replaces_in_place
from calfeed.events.vocabulary import find_phrase_past_hedges, phrase_at, phrase_list, singular_word, title_words, word_list
from calfeed.events.words import Word, plural_ending, words_in
from calfeed.model import Timex
from calfeed.text import Sentences, by_line, line_spans, split_sentences

MIN_LISTED = 2            # one day under a title line is an event block, read by title_lines
MAX_HEADING_WORDS = 10    # a longer line is a sentence, not a heading
MAX_BODY_WORDS = 4        # "The Friends of the Library meet": a body named in a few words
MAX_GAP_WORDS = 6         # "Summer Recess", "Sept. TBA": a short line among the listed days
MAX_GAP_LINES = 2
MAX_LEAD_LINES = 3        # lines of a lead paragraph between a list's heading and its days
MAX_NOTE_WORDS = 8        # "(Special Meeting - 6:00 PM Superintendent's Office)": a short bracketed note on a listed day
DAY_MARKS = " \t*_|:.,;-–—@•·#"   # what may stand around a listed day on its line
HEADING_MARKS = " \t*_#:"
SENTENCE_ENDS = ".!?;,"
PARAGRAPH_BREAK = "\n\n"     # a pronoun reaches back to its event within one paragraph
LEAD_COLON = ":"
REF_SUFFIX = "_REF"       # "currently", "now": the tagger's value for a reference to the present


@dataclass(frozen=True)
class ListedDay:
    """One listed day: its entry's title and kind, the day timed by the standing clock (or its
    own), and the span of the standing place."""

    title: str
    kind: str
    timex: Timex
    clock: Timex | None
    line: tuple[int, int]
    place: tuple[int, int] | None
    note: str


@dataclass(frozen=True)
class _Standing:
    """A sentence that says when and where a kind of event is held, with no day of its own."""

    name: str | None          # its event ("Board meetings"), None when only its verb says it ("meets")
    head: str                 # the event's head noun, singular ("meeting")
    kind: str
    clock: Timex | None
    place: tuple[int, int] | None
    text: str
    start: int = -1           # where the sentence starts
    joined: tuple[tuple[str, str], ...] = ()    # (name, head) of each event coordinated after it ("... and Forums")


def listed_meetings(text: str, ordered: list[Timex], taken: set[int], headed: dict[int, list[tuple[int, int]]],
                    series_days: set[int] = frozenset()) -> tuple[dict[int, ListedDay], set[int]]:
    """Each listed day (by the day's id) and the ids of the clocks that time them; days whose
    ids are in ``taken`` are read elsewhere and end no list. ``headed`` holds the item lines the
    date-heading reader put under a day: the list's last day keeps none that is a paragraph or
    the next list's heading ("11 November 2020" / "Meetings calendar for 2021" / "13 January 2021").
    Days of a series rule's own list (``series_days``) keep its time and, when the rule is framed,
    its name (series_lists); a line of theirs with more than its day is read there alone."""
    lines = line_spans(text)
    on_line = by_line(lines, ordered)
    found: dict[int, ListedDay] = {}
    clocks: set[int] = set()
    standing: list[_Standing] | None = None
    tails: dict[tuple[bool, int], tuple[list, int, int, int, bool, int]] = {}
    k = 0
    while k < len(lines):
        run, after, lines_between = _run(text, lines, k, on_line, taken, headed, tails=tails)
        if 2 * lines_between >= len(run) and lines_between:
            run, after, _ = _run(text, lines, k, on_line, taken, headed, gaps=False, tails=tails)   # labels over their days, no list
        run, after = _in_order(run, after)
        if len([r for r in run if r[1] is not None]) < MIN_LISTED or not _ascending([r[0] for r in run]):
            k = max(after, k + 1)
            continue
        heading, lead = _heading(text, lines, run[0][2], on_line)
        if heading is None or heads_flat_row(text, lines[heading], lines[run[0][2]], on_line.get(run[0][2], [])):
            k = after         # no heading, or a header naming each column of the rows' dates (column_headers)
            continue
        if standing is None:
            standing = _standing_sentences(text, ordered)
        named = _name(text, lines, heading, on_line, standing, lead)
        if named is None:
            k = after
            continue
        title, kind, rule = named
        written = {id(t) for t in ordered}
        clocks |= {id(t) for t in on_line.get(heading, [])}     # "2024 Meeting Dates": the list's year, no entry
        said = " ".join(text[lines[heading][0]:lines[heading][1]].split())
        shares = _shares(run, lines)
        for day, own_clock, j in run:
            if own_clock is None:    # a line the date opens: its own words name it, the lead times and places it
                opened = _opened_line(text, day, lines[j], on_line.get(j, []), kind, rule, id(day) in series_days)
                if opened is not None:
                    found[id(day)] = replace(opened, note=f"a day listed under the heading \"{said}\", held as \"{rule.text}\" says")
                continue
            in_series = id(day) in series_days
            if in_series and (own_clock is not day or _note(text, day.end, lines[j][1])):
                continue          # "- March 3, 2026 (joint session with Council, 6:00 p.m.)" under its rule
            clock = own_clock if own_clock is not day else None
            if in_series:
                found[id(day)] = ListedDay(title, kind, day, None, shares.get(id(day), lines[j]), None,
                                           f"a day listed under the heading \"{' '.join(text[lines[heading][0]:lines[heading][1]].split())}\"")
                continue
            if clock is None and rule is not None and rule.clock is not None and kind not in UNTIMED_KINDS:
                clock = rule.clock
            timed = timed_day(day, clock) if clock is not None and day.type == "DATE" else day
            if clock is not None and id(clock) in written:
                clocks.add(id(clock))
            note = f"a day listed under the heading \"{said}\""
            if rule is not None:
                note += f", held as \"{rule.text}\" says"
            named_note = _named_note(text, day.end, lines[j][1])
            place = _note_place(text, day.end, lines[j][1], own_clock if own_clock is not day else None,
                                named_note is not None)
            if place is None and rule is not None:
                place = rule.place
            found[id(day)] = ListedDay(named_note or title, kind_of(named_note) if named_note else kind, timed, clock,
                                       shares.get(id(day), lines[j]), place, note)
        k = after
    return found, clocks


def _shares(run: list[tuple[Timex, Timex | None, int]], lines: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """For the days of a line holding several ("8th January   5th February   5th March"), by
    the day's id, its share of the line: from its own words (the line's start for the first) to
    the next day's. Each is an item of its own, as a day alone on its line is."""
    on_line: dict[int, list[Timex]] = {}
    for day, _, j in run:
        on_line.setdefault(j, []).append(day)
    shares: dict[int, tuple[int, int]] = {}
    for j, days in on_line.items():
        if len(days) < 2:
            continue
        starts = [lines[j][0]] + [d.start for d in days[1:]]
        ends = [d.start for d in days[1:]] + [lines[j][1]]
        shares.update((id(d), (a, b)) for d, a, b in zip(days, starts, ends))
    return shares


def _opened_line(text: str, day: Timex, line: tuple[int, int], dated: list[Timex], kind: str,
                 rule: _Standing | None, in_series: bool) -> ListedDay | None:
    """A listed line that a day opens with words of its own ("- July 11, 2024 – Re-Organization
    Meeting", "- April 23, 2025 (Wednesday) – Budget Vote"), under a lead that times the list's
    days: the lead's clock and place hold for it too, and its words name it. A line with another
    date or its own clock is left to its own reading."""
    if rule is None or rule.clock is None or in_series or kind in UNTIMED_KINDS or day.type != "DATE":
        return None
    if any(t is not day and not _same_day(t, day) for t in dated):
        return None               # "(Wednesday)" only restates the day
    rest = text[day.end:line[1]]
    note = _note(rest, 0, len(rest))
    if note is not None and rest[:note[0] - 1].strip(DAY_MARKS) == "" and rest[note[1] + 1:].strip(DAY_MARKS):
        rest = rest[note[1] + 1:]        # the bracket glosses the day; the words after it name the line
    said = " ".join(rest.strip(DAY_MARKS + "()").split())
    if not said or kind_of(said) in UNTIMED_KINDS:
        return None
    return ListedDay(said, kind_of(said), timed_day(day, rule.clock), rule.clock, line, rule.place, "")


def _same_day(timex: Timex, day: Timex) -> bool:
    return (timex.type == "DATE" and timex.interval is not None and timex.interval.granularity == "day"
            and timex.interval.start.date() == day.interval.start.date())


def _gaps(text: str, lines: list[tuple[int, int]], run: list[tuple[Timex, Timex | None, int]]) -> int:
    """How many lines with words stand between the run's days."""
    return sum(1 for (_, _, a), (_, _, b) in zip(run, run[1:]) for j in range(a + 1, b)
               if text[lines[j][0]:lines[j][1]].strip())


def _run(text: str, lines: list[tuple[int, int]], k: int, on_line: dict[int, list[Timex]], taken: set[int],
         headed: dict[int, list[tuple[int, int]]], gaps: bool = True,
         tails: dict[tuple[bool, int], tuple[list, int, int, int, bool, int]] | None = None
         ) -> tuple[list[tuple[Timex, Timex | None, int]], int, int]:
    """The days of the list that starts at line ``k``: (day, the clock on its line or the day
    itself when it has none, the line) for a line that is only its day, (day, None, line) for a
    line the day opens with other words; the line after the list; and how many lines with words
    stand between its days (gap lines, as ``_gaps`` counts them).

    Once the run holds a day and two lines that are only their day, the rest of the scan depends
    on the line alone, so a scan from a later start that reaches the same line in that state ends
    the same way: ``tails`` (one dict per page) keeps, for each such line, the rest of the run
    read from it (a shared list and an offset), the line after the list, the gap lines before its
    last day, whether it holds a day, and the gap lines after it. Without it a page of many timed
    rows under day headings rescanned every later line for each row."""
    run: list[tuple[Timex, Timex | None, int]] = []
    only_days = 0             # the run's lines that are only their day
    between = 0               # gap lines before the run's last day
    pending = 0               # gap lines since the run's last day
    walked: list[tuple[int, int, int]] = []     # (line, len(run), between + pending) once the state is settled
    j = k
    while j < len(lines):
        if tails is not None and run and only_days >= MIN_LISTED:
            tail = tails.get((gaps, j))
            if tail is not None:
                items, at, end, tail_gaps, tail_days, tail_pending = tail
                run.extend(items[at:])
                if tail_days:
                    between, pending = between + pending + tail_gaps, tail_pending
                else:
                    pending += tail_pending
                _keep_tails(tails, gaps, walked, run, end, between, pending)
                return run, end, between
            walked.append((j, len(run), between + pending))
        a, b = lines[j]
        if not text[a:b].strip():
            j += 1
            continue
        several = _days_line(text, lines[j], on_line.get(j, []), taken)
        if several is not None:     # "Jan 12 & 26": each day of the line is a listed day
            run.extend((day, day, j) for day in several)
            only_days += 1
            between, pending = between + pending, 0
            j += 1
            continue
        listed = _listed_line(text, lines[j], on_line.get(j, []), taken,
                              _stray(text, lines, on_line, j, only_days, headed))
        if listed is None:
            if not run or not gaps or not _gap_line(text, lines, j, on_line):
                break
            pending += 1
            j += 1                # "Jul. No meeting", "Summer Recess" between two listed days
            continue
        run.append((listed[0], listed[1], j))
        only_days += listed[1] is not None
        between, pending = between + pending, 0
        j += 1
    if tails is not None:
        _keep_tails(tails, gaps, walked, run, j, between, pending)
    return run, j, between


def _keep_tails(tails: dict, gaps: bool, walked: list[tuple[int, int, int]], run: list, end: int,
                between: int, pending: int) -> None:
    """Record, for each line the scan walked in the settled state, the rest of the run from it."""
    if not walked:
        return
    first = walked[0][1]
    items = run[first:]
    total = between + pending
    last_day = len(run)
    for line, size, gaps_before in walked:
        has_day = size < last_day
        if has_day:
            tails[(gaps, line)] = (items, size - first, end, between - gaps_before, True, pending)
        else:
            tails[(gaps, line)] = (items, size - first, end, 0, False, total - gaps_before)


def _stray(text: str, lines: list[tuple[int, int]], on_line: dict[int, list[Timex]], j: int,
           listed: int, headed: dict[int, list[tuple[int, int]]]) -> set[int]:
    """The ids of the days on line ``j`` whose item lines are strays: after two listed days, a
    paragraph's line or a heading over the next list of days; after one, notes on the list only
    (a short line between listed days, a month with no day: "July (Pending)")."""
    if not listed:
        return set()
    stray: set[int] = set()
    for day in on_line.get(j, []):
        items = headed.get(id(day))
        if items and all(_month_note(text, lines, on_line, item) or listed >= MIN_LISTED and (
                _paragraph(text, item) or _next_heading(text, lines, on_line, item)) for item in items):
            stray.add(id(day))
    return stray


def _month_note(text: str, lines: list[tuple[int, int]], on_line: dict[int, list[Timex]], item: tuple[int, int]
                ) -> bool:
    """A short line that gives a month with no day among the listed days ("July (Pending)",
    "August - no meeting"), or any short line between two listed days: a note on the list,
    not an item of the day above it."""
    if len(text[item[0]:item[1]].split()) > MAX_GAP_WORDS:
        return False
    j = bisect.bisect_right(lines, (item[0], len(text) + 1)) - 1
    dated = on_line.get(j, [])
    if dated and all(t.interval is not None and t.interval.granularity == "month" for t in dated):
        return True
    return _gap_line(text, lines, j, on_line)    # "May (To be confirmed)": the month word is no date to the tagger


def _paragraph(text: str, line: tuple[int, int]) -> bool:
    body = text[line[0]:line[1]].strip()
    return len(body.split()) > MAX_HEADING_WORDS or body[-1:] in SENTENCE_ENDS


def _next_heading(text: str, lines: list[tuple[int, int]], on_line: dict[int, list[Timex]], item: tuple[int, int]
                  ) -> bool:
    j = bisect.bisect_right(lines, (item[0], len(text) + 1)) - 1
    if not _heading_like(text, lines[j], on_line.get(j, [])):
        return False
    after = next((n for n in range(j + 1, len(lines)) if text[lines[n][0]:lines[n][1]].strip()), None)
    return after is not None and any(one_day(t) for t in on_line.get(after, []))


def _gap_line(text: str, lines: list[tuple[int, int]], j: int, on_line: dict[int, list[Timex]]) -> bool:
    """A short line with no day of its own between listed days, followed by another listed line
    (a few such lines in a list: when they stand between most days, they are labels over them)."""
    a, b = lines[j]
    if len(text[a:b].split()) > MAX_GAP_WORDS or any(
            one_day(t) or (t.interval is not None and t.interval.granularity == "year") for t in on_line.get(j, [])):
        return False
    after = next((n for n in range(j + 1, min(len(lines), j + 1 + MAX_GAP_LINES * 2))
                  if text[lines[n][0]:lines[n][1]].strip()), None)
    return after is not None and any(one_day(t) for t in on_line.get(after, []))


def _listed_line(text: str, line: tuple[int, int], dated: list[Timex], taken: set[int], stray: set[int] = frozenset()
                 ) -> tuple[Timex, Timex | None] | None:
    """(the day, its clock or the day itself) for a line that is only a day; (the day, None)
    for a line a day opens; None for any other line."""
    days = [t for t in dated if one_day(t)]
    if not days or (id(days[0]) in taken and id(days[0]) not in stray):
        return None
    day = days[0]
    if text[line[0]:day.start].strip(DAY_MARKS + "".join(word_list("list_bullets"))):
        return None
    written = [t for t in dated if not t.value.endswith(REF_SUFFIX)]      # "(now the 16th)": "now" is no day
    if len(written) == 2 and len(days) == 2 and replaces_in_place(text, day, days[1]):
        # "August 16th Changed to 23rd": the row is its new day (the old one gives no entry: superseded)
        return (days[1], days[1]) if _only_marks(after_new_day(text, days[1], line[1])) else None
    if any(t.start < day.start for t in dated):
        return None
    note = _note(text, day.end, line[1])
    noted = [t for t in dated if t is not day and note and note[0] <= t.start < note[1]]
    rest_timexes = [t for t in dated if t is not day and t not in noted]
    noted_clock = next((t for t in noted if clock_of(t) is not None), None)
    clocks = [t for t in rest_timexes if clock_of(t) is not None]
    if len(rest_timexes) > 1 or (rest_timexes and not clocks):
        return (day, None) if len(days) == 1 else None
    rest = text[day.end:line[1]]
    if clocks:
        rest = text[day.end:clocks[0].start] + " " + text[clocks[0].end:line[1]]
    if not _only_marks(rest):
        return (day, None) if len(days) == 1 else None
    return day, (clocks[0] if clocks else noted_clock or day)     # "(joint session, 6:00 p.m.)": its own clock


def _days_line(text: str, line: tuple[int, int], dated: list[Timex], taken: set[int]) -> list[Timex] | None:
    """The days of a line that is only two or more days joined by commas, ``listed_day_joins``
    or ``listed_day_marks`` ("Jan 12 & 26", "Sept 8, 15 and 22", "8th January   5th February *
    5th March"), in order, else None. Such a line is two or more listed days, each an entry like
    a line holding one."""
    if len(dated) < 2 or not all(one_day(t) and not clock_of(t) for t in dated) or any(id(t) in taken for t in dated):
        return None
    joins = word_list("listed_day_joins") | word_list("listed_day_marks")
    between = [text[a.end:b.start] for a, b in zip(dated, dated[1:])]
    if any(not all(w.strip(",") in joins or not w.strip(",") for w in gap.split()) for gap in between):
        return None
    bullets = "".join(word_list("list_bullets"))
    if text[line[0]:dated[0].start].strip(DAY_MARKS + bullets) or not _only_marks(text[dated[-1].end:line[1]]):
        return None
    return dated if _ascending(dated) else None


def _note(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span inside a short bracketed note after a listed day ("(Strategic Planning Retreat)")."""
    opened, closed = text.find("(", start, end), text.rfind(")", start, end)
    if opened < 0 or closed < opened or len(text[opened + 1:closed].split()) > MAX_NOTE_WORDS:
        return None
    return opened + 1, closed


def _only_marks(rest: str) -> bool:
    """Whether the rest of a day's line holds nothing but marks, a short bracketed note or link
    words ("external link", "Agenda Minutes")."""
    bare = rest
    note = _note(bare, 0, len(bare))
    if note is not None:
        bare = bare[:note[0] - 1] + " " + bare[note[1] + 1:]
    words = [w.strip(DAY_MARKS).lower() for w in bare.split()]
    words = [w for w in words if w]
    furniture = word_list("date_list_line_words")
    absent = word_list("date_list_absence_words")      # "| No Media | No Materials |": a link cell left empty
    return all(w in furniture or (w in absent and any(v in furniture for v in words)) for w in words)


def _in_order(run: list[tuple[Timex, Timex | None, int]], after: int) -> tuple[list[tuple[Timex, Timex | None, int]], int]:
    """The run up to where its days go back: "INTAKE DATES:" / "January 24" ... "December 12" /
    "TRIALS AND HEARINGS:" / "February 28" ...: a short heading line between two lists reads as a
    gap in one, and the second list, read from its own first day, starts over."""
    for i in range(1, len(run)):
        if run[i][0].interval.start.date() < run[i - 1][0].interval.start.date():
            return (run[:i], run[i][2]) if i >= MIN_LISTED else (run, after)
    return run, after


def _ascending(days: list[Timex]) -> bool:
    return all(a.interval.start.date() <= b.interval.start.date() for a, b in zip(days, days[1:]))


def _heading(text: str, lines: list[tuple[int, int]], first: int, on_line: dict[int, list[Timex]]
             ) -> tuple[int | None, tuple[int, int] | None]:
    """The heading line over the list's first line (blank lines, and one bracketed note line
    such as "(Every 2nd Tuesday of the Month)", between them), when it is short, ends no
    sentence and holds no date but a year; and the span of the lead paragraph between them, if
    any. A lead of a few sentences with no day of their own may stand there ("2025 Board Meeting
    Schedule:" / "Board meetings are held from 9:00am to 3:00pm, unless otherwise noted." / the
    days): the heading is above it. A lead that ends in a colon introduces the days itself
    ("The Committee will meet on the following dates at 6 pm:"): with no heading above, it is
    the heading."""
    j = _line_up(text, lines, first - 1, notes=True)
    if j is not None and "|" in text[lines[j][0]:lines[j][1]] and rule_row(text[lines[j][0]:lines[j][1]]):
        header = _line_up(text, lines, j - 1)     # "Meeting Date | Agenda | Minutes |" / "|---|---|---|": the days' column
        return (header if header is not None and _table_header(text, lines[header], on_line.get(header, []))
                else None), None
    lead: tuple[int, int] | None = None
    introducing = None
    for _ in range(MAX_LEAD_LINES + 1):
        if j is None:
            break
        if _heading_like(text, lines[j], on_line.get(j, [])):
            return j, lead
        if not _lead_line(text, lines[j], on_line.get(j, [])):
            break
        if lead is None and text[lines[j][0]:lines[j][1]].rstrip().endswith(LEAD_COLON):
            introducing = j
        lead = (lines[j][0], lead[1] if lead else lines[j][1])
        j = _line_up(text, lines, j - 1)
    return introducing, (lines[introducing] if introducing is not None else None)


def _table_header(text: str, line: tuple[int, int], dated: list[Timex]) -> bool:
    """A table's header row over its rule: cells parted by pipes, no day in them."""
    body = text[line[0]:line[1]].strip()
    return "|" in body.strip("|") and not rule_row(body) and all(_heading_date(t) for t in dated)


def _lead_line(text: str, line: tuple[int, int], dated: list[Timex]) -> bool:
    """A line of a lead paragraph between a list's heading and its days: it ends a sentence
    and holds no day of its own (its clock, a series rule or a year may stand in it). A line
    that states the days' clock is a lead even when a scrape lost its full stop ("Meetings held
    at 6:00 PM in the District Office unless otherwise announced")."""
    body = text[line[0]:line[1]].strip()
    if any(one_day(t) for t in dated):
        return False
    return (body[-1:] in SENTENCE_ENDS or body.endswith(LEAD_COLON) or _clock_line(text, line, dated)
            or any(clock_of(t) is not None and date_not_written(t) for t in dated))


def _clock_line(text: str, line: tuple[int, int], dated: list[Timex]) -> bool:
    """A short line a clock opens, with no day ("7:00 PM Regular Business Meeting",
    "6:00 PM Anticipated Executive Session"): the list's own times, set over its days."""
    body = text[line[0]:line[1]]
    return (bool(dated) and len(body.split()) <= MAX_HEADING_WORDS and clock_of(dated[0]) is not None
            and date_not_written(dated[0]) and not body[:dated[0].start - line[0]].strip(HEADING_MARKS))


def _line_up(text: str, lines: list[tuple[int, int]], j: int, notes: bool = False) -> int | None:
    """The first line from ``j`` upwards with words on it (past one bracketed note line if ``notes``)."""
    while j >= 0:
        body = text[lines[j][0]:lines[j][1]].strip()
        if not body:
            j -= 1
            continue
        if notes and body.startswith("(") and body.endswith(")"):
            notes = False
            j -= 1
            continue
        return j
    return None


def _heading_like(text: str, line: tuple[int, int], dated: list[Timex]) -> bool:
    body = text[line[0]:line[1]].strip(HEADING_MARKS)
    if not body or body[-1] in SENTENCE_ENDS or len(body.split()) > MAX_HEADING_WORDS:
        return False
    return all(_heading_date(t) for t in dated)


def _heading_date(timex: Timex) -> bool:
    """A date a list's heading may hold: its year ("2024 Meeting Dates"), or a word that only
    says the list is current ("Meetings are currently held on these dates")."""
    if timex.type == "DATE" and timex.value.endswith(REF_SUFFIX):
        return True
    return timex.type == "DATE" and timex.interval is not None and timex.interval.granularity == "year"


def _named_note(text: str, start: int, end: int) -> str | None:
    """The event a listed day's bracketed note names ("(Strategic Planning Retreat)"), if any."""
    note = _note(text, start, end)
    if note is None:
        return None
    named = text[note[0]:note[1]].split(",")[0]       # "(joint session with Council, 6:00 p.m.)": its name
    digit = next((k for k, c in enumerate(named) if c.isdigit()), None)
    if digit is not None:       # "(Special BOE Meeting - 7:30 AM Superintendent's Office)": the name before its clock
        named = named[:digit].rstrip(DAY_MARKS)
        if not named:
            return None
    words = words_in(text, note[0], note[0] + len(named))
    phrases = [p for p in noun_phrases(words, [], text) if p.kind not in UNTIMED_KINDS]
    return " ".join(named.split()) if phrases else None


def _note_place(text: str, start: int, end: int, clock: Timex | None, named: bool) -> tuple[int, int] | None:
    """The place a listed day's bracketed note names: a known place or venue in it, else the
    capitalised words after its clock ("(Special BOE Meeting - 6:00 PM Superintendent's
    Office)") or, when the note names no event, the whole note ("(Parkdale First Floor
    Commons)"). It wins over the standing place."""
    note = _note(text, start, end)
    if note is None:
        return None
    places = [p for p in places_in(words_in(text, note[0] - 1, note[1] + 1), text, []) if p.start >= 0]
    if places:
        return places[0].start, places[0].end
    if clock is not None and note[0] <= clock.start < note[1]:
        words = words_in(text, clock.end, note[1])
    elif named:
        return None
    else:
        words = words_in(text, *note)
    words = [w for w in words if w.is_word]
    joiners = word_list("articles") | word_list("name_particles")
    if not words or not words[0].is_capitalised or not all(w.is_capitalised or w.lower in joiners for w in words):
        return None
    return words[0].start, words[-1].end


def _event_in(text: str, line: tuple[int, int]) -> tuple[str, str] | None:
    """The event a heading line names, without the list's own words, and its head noun."""
    words = words_in(text, *line)
    phrases = [p for p in noun_phrases(words, [], text) if p.kind not in UNTIMED_KINDS]
    if not phrases:
        return None
    kept = _without_modifiers(words[phrases[0].first:phrases[0].head + 1])
    if not kept:
        return None
    first = words.index(kept[0])
    listing = word_list("date_list_heading_words") | word_list("heading_list_words") | word_list("date_header_words")
    while (first >= 2 and words[first].is_capitalised and words[first - 1].lower in word_list("name_joiners")
           and words[first - 2].is_word and words[first - 2].is_capitalised and words[first - 2].lower not in listing):
        first -= 2            # "Board of Education Meeting Dates": the body's whole name, not "Education Meeting"
    return text[words[first].start:kept[-1].end], singular_word(words[phrases[0].head].lower).lower()


def _name(text: str, lines: list[tuple[int, int]], heading: int, on_line: dict[int, list[Timex]],
          standing: list[_Standing], lead: tuple[int, int] | None = None) -> tuple[str, str, _Standing | None] | None:
    """The listed days' title and kind, and the standing sentence that times and places them.
    A heading that names no event ("Planning Committee") takes it from a standing sentence in
    the lead below it ("The Committee will meet on the following dates at 6 pm:")."""
    said = (first_cell(text, *lines[heading]) or lines[heading]) if _table_header(text, lines[heading], on_line.get(heading, [])) else lines[heading]
    event = _event_in(text, said)
    above = _line_up(text, lines, heading - 1)
    if event is None and above is not None and _heading_like(text, lines[above], on_line.get(above, [])):
        event = _event_in(text, lines[above])      # "Schedule of Board of Education Meetings for the" / "2018-2019 School Year"
    name, head = event if event is not None else (None, None)
    if event is None and not _only_date_words(words_in(text, *said)):
        led = [s for s in standing if lead is not None and lead[0] <= s.start < lead[1] and s.name]
        if not led:
            return None           # "Board of Governors" over its days: no event named, none to infer
        return _titled(led[0].name), kind_of(_titled(led[0].name)), led[0]
    if name is not None and above is not None and _heading_like(text, lines[above], on_line.get(above, [])):
        wider = _event_in(text, lines[above])      # "Council Meetings" over "2023 Meetings"
        if wider is not None and wider[1] == head and len(wider[0].split()) > len(name.split()):
            name = wider[0]
    rules = [s for s in standing if head is None or s.head == head or _within(name, s.name)]
    clocks = {clock_of(s.clock) for s in rules if s.clock is not None}
    rule = rules[0] if rules and len(clocks) <= 1 else None
    if rule is not None and rule.clock is None and clocks:
        rule = next(s for s in rules if s.clock is not None)
    if name is None:
        if rule is None:
            return None
        name = rule.name
        if name is None:
            return None
    elif rule is not None and rule.name is not None and len(rule.name.split()) > len(name.split()):
        name = rule.name          # "Board meetings are held at 6:00 pm" over "Upcoming meetings"
    elif rule is not None and len(name.split()) == 1:
        wider = next((s.name for s in rules if s.name and s.head == head and len(s.name.split()) > 1), None)
        if wider is not None:     # "Meeting Date" over the days; "Regular meetings of the Board ..." / "Meetings will begin at 7:00 p.m."
            name = wider
    title = _titled(name)
    return title, kind_of(title), rule


def _titled(name: str) -> str:
    """One occasion of a named kind, as a title ("Board meetings" -> "Board meeting")."""
    name = " ".join(name.split())
    if name.isupper():
        name = name.capitalize()
    title = one_occasion(name)
    return title[:1].upper() + title[1:]


def _within(name: str | None, wider: str | None) -> bool:
    """"Forum" of the heading "Forum dates" within "Forum meetings" of the standing sentence."""
    if not name or not wider:
        return False
    have = {w.lower() for w in wider.split()}
    return all(w.lower() in have for w in name.split())


def _without_modifiers(words: list[Word]) -> list[Word]:
    """The event's words without the list's own ("Upcoming", "2024", "Future")."""
    skip = word_list("date_list_heading_words")
    kept = list(words)
    while kept and (kept[0].lower in skip or any(c.isdigit() for c in kept[0].text) or not kept[0].is_word):
        kept.pop(0)
    return kept


def _only_date_words(words: list[Word]) -> bool:
    """"Future dates", "Dates for 2024": a heading that says only that dates follow."""
    skip = word_list("date_list_heading_words") | word_list("date_header_words") | word_list("heading_list_words")
    named = [w for w in words if w.is_word and not any(c.isdigit() for c in w.text)]
    return bool(named) and all(w.lower in skip for w in named)



def standing_clocks(text: str, ordered: list[Timex]) -> list[tuple[str, str, Timex]]:
    """(head noun, name, clock) of each standing sentence with a clock ("The meetings officially
    start at 19:00": meeting, "meetings", 19:00)."""
    return [(head, name, rule.clock) for rule in _standing_sentences(text, ordered)
            if rule.clock is not None and rule.kind not in UNTIMED_KINDS and clock_of(rule.clock) is not None
            for name, head in ((rule.name or rule.head, rule.head), *rule.joined)]


def _joined_events(text: str, words: list[Word], phrases: list) -> tuple[tuple[str, str], ...]:
    """(name, head) of each event phrase coordinated after the subject's first ("Board meetings
    and public hearings start at 6pm": the hearings too), each from the word after its joiners
    (subject_joiners) to its head; a phrase the reader ran back over the joiner is cut there."""
    joiners = word_list("subject_joiners")
    out: list[tuple[str, str]] = []
    last = phrases[0].head
    for phrase in phrases[1:]:
        if phrase.head <= last or phrase.kind in UNTIMED_KINDS:
            continue
        k = last + 1
        while k < phrase.head and words[k].lower in joiners:
            k += 1
        if k == last + 1 or k > phrase.head:
            break             # "Meetings of the board": no second event joined
        out.append((text[words[k].start:words[phrase.head].end], singular_word(words[phrase.head].lower).lower()))
        last = phrase.head
    return tuple(out)


def _standing_sentences(text: str, ordered: list[Timex]) -> list[_Standing]:
    """Every sentence with a clock and no day of its own that says a kind of event is held
    (``standing_verbs``, ``column_start_verbs``): its event, clock and place."""

    sentences = split_sentences(text)
    found: list[_Standing] = []
    verbs = _verbs()
    by_sentence: dict[int, list[Timex]] = {}
    for timex in ordered:
        by_sentence.setdefault(sentences.index_at(timex.start), []).append(timex)
    for index, timexes in by_sentence.items():
        if any(one_day(t) for t in timexes):
            continue              # "at 5pm on 3 May": a day's own clock
        clocks = [t for t in timexes if clock_of(t) is not None] + [c for t in timexes if (c := _series_clock(t))]
        start, end = sentences.bounds[index]
        start = _past_headings(text, start, end)
        words = words_in(text, start, end)
        lowered = [w.lower for w in words]
        at = find_phrase_past_hedges(lowered, verbs)
        if at is None or (clocks and words[at].start > clocks[0].start):
            continue
        blocked = [(t.start, t.end) for t in timexes]
        phrases = [p for p in noun_phrases(words[:at], blocked, text) if p.kind not in UNTIMED_KINDS]
        if phrases:
            phrase = phrases[0]
            kept = _without_modifiers(words[phrase.first:phrase.head + 1])
            kept = [w for w in kept if w.lower not in word_list("subject_quantifiers")] or kept
            name = text[kept[0].start:_body_end(words, phrase.head, at)] if kept else None
            head, kind = singular_word(words[phrase.head].lower).lower(), phrase.kind
            joined = _joined_events(text, words, phrases)
        elif (told := _antecedent_event(text, sentences, index, lowered[:at], by_sentence)) is not None:
            name, head, kind = told   # "Our coffee mornings are ... They are held ... from 10am to 12 noon"
        elif _meets(lowered, at):     # "The group meets at 10am": the group's meeting
            body = [w for w in words[:at] if w.is_word and w.lower not in word_list("articles")]
            name = (title_words()["meeting_of"].format(text[body[0].start:body[-1].end])
                    if 0 < len(body) <= MAX_BODY_WORDS else None)
            head, kind = "meeting", "meeting"
        else:
            continue
        places = [p for p in places_in(words, text, blocked) if p.start >= 0]
        place = (places[0].start, places[0].end) if places else None
        starts = [c for c in clocks if not limit_clock(text, c)]     # "... and the bar closes at 11pm"
        found.append(_Standing(name, head, kind, starts[0] if starts else None, place,
                               " ".join(text[start:end].split()), start, joined if phrases else ()))
    for index in range(len(sentences.bounds)):    # "Board meetings are held at Alumni Hall": no clock, no date
        if index not in by_sentence:
            rule = _clockless(text, *sentences.bounds[index], verbs)
            if rule is not None:
                found.append(rule)
    return found


def _antecedent_event(text: str, sentences: Sentences, index: int, subject: list[str],
                      by_sentence: dict[int, list[Timex]]) -> tuple[str, str, str] | None:
    """(name, head noun, kind) of the plural event the sentence before names, when the standing
    sentence's subject is only a pronoun for it (``standing_pronouns``: "Our coffee mornings are a
    chance to meet neighbours. They are held in the Church Hall from 10am to 12 noon"); the two
    sentences must share a paragraph, and the event is the first the sentence before names."""
    if index == 0 or len(subject) != 1 or subject[0] not in word_list("standing_pronouns"):
        return None
    start, _ = sentences.bounds[index - 1]
    end, _ = sentences.bounds[index]
    if PARAGRAPH_BREAK in text[start:end]:
        return None
    start = _past_headings(text, start, end)
    words = words_in(text, start, end)
    blocked = [(t.start, t.end) for t in by_sentence.get(index - 1, [])]
    phrases = [p for p in noun_phrases(words, blocked, text) if p.kind not in UNTIMED_KINDS]
    if not phrases:
        return None
    phrase = phrases[0]
    said = words[phrase.head].lower
    head = singular_word(said).lower()
    if head == said and not plural_ending(said):
        return None               # "Our AGM is in June. They ...": a plural pronoun needs a plural event
    kept = _without_modifiers(words[phrase.first:phrase.head + 1])
    return (text[kept[0].start:words[phrase.head].end] if kept else None), head, phrase.kind


def _body_end(words: list[Word], head: int, stop: int) -> int:
    """Where an event's name ends: after its head noun, or after the body it belongs to when a
    link word and a capitalised name follow it ("Regular meetings of the Board of Education")."""
    end = words[head].end
    k = head + 1
    if k >= stop or words[k].lower not in word_list("event_body_links"):
        return end
    joiners = word_list("organisation_joiners")
    k += 1
    while k < stop and (words[k].is_capitalised or words[k].lower in joiners):
        if words[k].is_capitalised:
            end = words[k].end
        k += 1
    return end if end > words[head + 1].end else words[head].end


def _past_headings(text: str, start: int, end: int) -> int:
    """Where a standing sentence starts past the short heading lines a page glued to it
    ("About the Council" / "Regular Town Council meetings are held ..."): the heading is no
    part of the event's name."""
    while True:
        newline = text.find("\n", start, end)
        if newline < 0 or not text[newline:end].strip() or not _heading_like(text, (start, newline), []):
            return start
        start = newline + 1


def _meets(lowered: list[str], at: int) -> bool:
    """A meeting verb starts at ``at`` ("meets", "will meet")."""
    return phrase_at(lowered, at, phrase_list("meeting_verbs")) is not None


def _verbs() -> tuple[tuple[str, ...], ...]:
    """The verbs of a standing sentence: "are held", "meets", "begin", and the participle that
    brings its clock ("All meetings are at the Town Hall starting at 5:30 pm")."""
    return (phrase_list("standing_verbs") + tuple((v,) for v in word_list("column_start_verbs"))
            + tuple((v,) for v in word_list("standing_clock_participles")))


def _clockless(text: str, start: int, end: int, verbs: tuple[tuple[str, ...], ...]) -> _Standing | None:
    """A standing sentence with no clock: it names and places the kind of event it holds."""
    start = _past_headings(text, start, end)
    words = words_in(text, start, end)
    lowered = [w.lower for w in words]
    at = find_phrase_past_hedges(lowered, verbs)
    if at is None:
        return None
    phrases = [p for p in noun_phrases(words[:at], [], text) if p.kind not in UNTIMED_KINDS]
    if phrases:
        kept = _without_modifiers(words[phrases[0].first:phrases[0].head + 1])
        kept = [w for w in kept if w.lower not in word_list("subject_quantifiers")] or kept
        if not kept:
            return None
        name = text[kept[0].start:_body_end(words, phrases[0].head, at)]
        head, kind = singular_word(words[phrases[0].head].lower).lower(), phrases[0].kind
    elif _meets(lowered, at):
        body = [w for w in words[:at] if w.is_word and w.lower not in word_list("articles")]
        if not 0 < len(body) <= MAX_BODY_WORDS:
            return None
        name, head, kind = title_words()["meeting_of"].format(text[body[0].start:body[-1].end]), "meeting", "meeting"
    else:
        return None
    places = [p for p in places_in(words, text, []) if p.start >= 0]
    place = (places[0].start, places[0].end) if places else None
    return _Standing(name, head, kind, None, place, " ".join(text[start:end].split()), start)


def _series_clock(timex: Timex) -> Timex | None:
    """The clock a series rule gives ("the 3rd Monday of the month at 7 pm"), as a clock."""
    if timex.type != "SET" or timex.interval is None or "T" not in timex.value:
        return None
    clock = timex.value.split("T", 1)[1]
    if not clock[:1].isdigit():
        return None
    return replace(timex, type="TIME", raw_value=f"XXXX-XX-XXT{clock}", end_interval=None, rrule=None)
