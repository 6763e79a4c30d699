"""A dated row of a table: "| 18–22 January 2027 | Executive Board, first regular session |
New York |". Calendars of meetings are tables; the row, not the sentence, holds what and
where, and the header says which cell is which. Markdown pipe tables, and web pages' tables
as :mod:`calfeed.html_pages` writes them, have this shape; so do plain-text tables written
with bare pipes ("Call 1 | 10 February 2022 | 31 March, 2022") in a block of lines that all
have as many pipes, under a header line with no date.

A column whose header says what its dates are ("| Track | Submission | Notification |")
gives every date cell its own entry, of that kind and titled by the row and the header
("Full papers — submission deadline"); see :mod:`calfeed.events.table_columns`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter

from calfeed.events.agenda import WITHOUT_EMPHASIS
from calfeed.events.cancelled import may_note_off, noted_off
from calfeed.events.closed_rows import closed_title
from calfeed.events.column_headers import bound_only, sub_heading_over
from calfeed.events.cut_titles import without_clock_objects
from calfeed.events.date_cell_rows import DiaryRows, name_before_date, row_name, time_cell, weekday_cell
from calfeed.events.page_series import page_series
from calfeed.events.phrases import kind_of, label_kind
from calfeed.events.places import Place, lookup, named_place, places_in
from calfeed.events.row_cells import actor_only, with_act
from calfeed.events.span_index import spans_inside, starting_in
from calfeed.events.table_columns import column_entry, column_kind, rows_noun
from calfeed.events.vocabulary import ITEM_HEADER_LISTS, merged_lists, word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import LineIndex, back_over, forward_over, line_end, lines_above, only_marks, pieces_around, start_of_line

MAX_ROWS_UP = 200        # rows looked back over for a bare-pipe table's header (a pipe-opened one: _pipe_runs)
MIN_BARE_ROWS = 2        # rows under its header that make a bare-pipe block a table
_SEPARATOR = re.compile(r"\s*\|?[\s:|]*-[\s:|-]*\Z")     # the first dash is the first: linear
# Read in place: slicing the rest of the page off for each row made long tables quadratic.
_PIPE_OPENED = re.compile(r"[ \t]*\|")            # a line a pipe opens
_PIPE_RUN_END = re.compile(r"\n(?![ \t]*\|)")     # the line break after the last of such lines
_NEXT_LINE = re.compile(r"\n*([^\n]*)")           # the next line with text, blank lines aside
_EMPTY_BRACKETS = re.compile(r"\([^\S\n]*\)")        # "(9am)" less its clock
_LOOSE_OPEN = re.compile(r"\([^\S\n]+")              # "( all week)"
_LOOSE_CLOSE = re.compile(r"(?<=\S)[^\S\n]+\)")       # "(all week )"


@dataclass(frozen=True)
class TableRow:
    title: str
    kind: str             # the kind of the event noun the title holds ("event" when none)
    place: Place | None
    start: int            # where the row's line starts
    skip: bool = False    # the row holds no event on this date (an old day, a "No change" row)
    column_kind: str | None = None   # the kind the date's column header gives ("Submission": deadline)
    anchor: int = -1      # what owns the date: the row (its start), or the date itself in a kind column
    off: str | None = None   # the words of a cell that call the row's event off ("meeting cancelled due to snow")
    closed: bool = False     # a row of an opening-hours table that says places are shut (closed_rows.py): all day

    def __post_init__(self) -> None:
        if self.anchor < 0:
            object.__setattr__(self, "anchor", self.start)


def table_row(text: str, timex: Timex, dated: list[tuple[int, int]], names: Sequence[tuple[int, int]] = (),
              clocks: Sequence[tuple[int, int]] = (), diary_rows: DiaryRows | None = None,
              series: Sequence[tuple[int, int]] = (), lines: LineIndex | None = None) -> TableRow | None:
    """The event of the row holding ``timex``: its title cell and place cell, chosen by the
    header when there is one, else the first cell with words that is not a date; ``dated``
    holds every date's span, so no date is taken for a title. A holiday's name (``names``)
    may name a row ("| Labor Day, University closed* | Mon | Sep 2 |"), and a cell naming the
    row may hold its clock (``clocks``: "| Fall break begins, 4:00 p.m. | Fri | Oct 11 |"),
    which the title leaves out. ``diary_rows`` holds the page's headerless diary rows
    (:class:`calfeed.events.date_cell_rows.DiaryRows`); a diary row that states a series
    (``series``: "Tuesday 10th May |" / "Zumba classes resume every Tuesday ... 9.05am |") is
    left to the series, which it starts. ``lines``: the page's lines, when the caller keeps them
    (found by bisection: a search from each date to its line's ends reads a one-line page per date)."""
    start = lines.start(timex.start) if lines is not None else start_of_line(text, timex.start)
    end = lines.end(timex.end) if lines is not None else line_end(text, timex.end)
    line = _row_line(text, start, end)
    cells = _cells(text, start, end, dated)
    split = _split_row(text, start, end) or pipe_line_row(text, start, dated) if len(cells) < 2 else None
    days = diary_rows.days if diary_rows is not None else []
    diary = diary_rows.holding(timex.start) if split is None and diary_rows is not None else None
    if diary is not None and any(diary[0] <= a < diary[1] for a, _ in series):
        diary = None
    if diary is not None and diary[0] != start:
        return TableRow("", "event", None, diary[0], skip=True)    # a note on a diary row's own line
    if split is not None:
        start, cells = split
    elif diary is not None and (len(cells) < 2 or diary[1] > end):
        end = diary[1]                  # "Friday 10th February |" / "All day" / "3pm |" / "Year 2 Inventors Day |"
        cells = pipe_cells(text, start, end)
        if len(cells) < 2:              # "HALF TERM - Monday 13th to Friday 17th February |": the name by its date
            return _diary_row(text, timex, cells, start, days, clocks)
    if len(cells) < 2:
        return None
    header = _header(text, start, len(cells), dated) if split is None else None
    day_at = _cell_at(cells, timex.start)
    shut = closed_title(text, cells, header, dated, day_at)
    if shut is not None:     # "| Friday 25 December | CLOSED | CLOSED | 10am-4pm |": who is shut that day
        return TableRow(shut, "event", None, start, skip=not shut, closed=True)
    if header is None and diary is not None:
        return _diary_row(text, timex, cells, start, days, clocks)
    titles, places = word_list("table_title_headers"), word_list("table_place_headers")
    title_at = place_at = speaker_at = None
    if header is not None:
        title_at = next((k for k, name in enumerate(header) if name in titles), None)
        place_at = _column(header, places, places - word_list("table_venue_kinds"), title_at)
        speakers = word_list("table_speaker_headers")
        speaker_at = _column(header, speakers, speakers, title_at, place_at)
    if title_at is not None and title_at < len(cells) and _only_dates(text, cells[title_at], dated):
        title_at = None       # "| Type | Deadline |" / "| Early | February 28 |": the named column holds dates
    if speaker_at is not None and (speaker_at >= len(cells) or _holds_date(*cells[speaker_at], dated)
                                   or not any(c.isalpha() for c in text[slice(*cells[speaker_at])])):
        speaker_at = None
    if title_at is None and speaker_at is not None:
        return _talk_row(text, cells, header, speaker_at, place_at, start, dated)
    naming = set(names) | set(clocks)

    def holds_row_date(a: int, b: int) -> bool:        # a date of the row, not a holiday's name or a cell's clock
        return any(d not in naming for d in spans_inside(dated, a, b))
    members = _member_columns(header) if title_at is None else ()
    if title_at is None:
        status = word_list("table_status_headers")
        title_at = next((k for k, (a, b) in enumerate(cells)
                         if k not in (place_at, speaker_at) and k not in members and not holds_row_date(a, b)
                         and (header is None or k >= len(header) or header[k] not in status)
                         and any(c.isalpha() for c in _without_spans(text, a, b, clocks))),
                        None)
    if title_at is None and members and place_at is not None and place_at < len(cells):
        venue = _venue_row(text, cells, header, place_at, start, dated, day_at)
        if venue is not None:      # "| Ward | Councillor | Venue | Date |": the meeting is named by its venue
            return venue
    named_day = (_named_day_cell(text, cells, dated, timex.start)
                 if title_at is None and header is not None and _date_header_over(header, cells, timex.start) else None)
    if named_day is not None:      # "DATE | DAY |" / "December 30, Thu | Year End Holiday |": a name, not a date
        title_at = named_day
        dated = [d for d in dated if not cells[title_at][0] <= d[0] < cells[title_at][1]]
    if title_at is None and header is not None:      # "| Friday 25 December | Saturday 26 December |"
        return _moved_row(text, timex, cells, header, dated, start)
    labelled = (_dated_label(text, cells, dated, several=split is not None)
                if title_at is None and header is None else None)
    if labelled is not None:     # "| Interim statement: results at 31 March 2028 | Thursday 11 May 2028 |"
        day_at, title_at = labelled
        if not cells[day_at][0] <= timex.start < cells[day_at][1]:
            return TableRow("", "event", None, start, skip=True)    # the period reported on: part of the name
        dated = [d for d in dated if not cells[title_at][0] <= d[0] < cells[title_at][1]]
    elif title_at is None or holds_row_date(*cells[title_at]):
        return None
    title = " ".join(_without_clocks(text, *cells[title_at], clocks).translate(WITHOUT_EMPHASIS).split()).rstrip(".;, ")
    if not title:
        return None
    title = _with_act(text, title, (cells[k] for k in range(title_at + 1, len(cells)) if k not in (place_at, speaker_at)),
                      dated)
    if title.lower() in word_list("placeholder_cells") | word_list("rest_rounds"):
        return TableRow(title, "event", None, start, skip=True)    # "| Monday 21 December | No change |", "| BYE |"
    place = _column_place(text, cells, header, place_at, dated)
    speaker = _cell_text(text, cells[speaker_at]) if speaker_at is not None else ""
    if speaker and speaker.lower() not in word_list("place_placeholders"):
        title = f"{title} — {speaker}"     # "| Nuts and Lightning Bolts | Dr Peter Garraghan |"
    subject = sub_heading_over(text, start) if bound_only(title) or _clock_words_only(title) else None
    if subject and bound_only(title):      # "Daylight Savings" / "Ends | Sunday 6 April |" / "Starts | Sunday 28 September |"
        return TableRow(f"{subject} — {title}", "event", place, start)
    if subject:      # "EXHIBIT BUILD-UP" / "| Wednesday, 12 March | from 08:00 to 20:00 |": "from" names nothing
        return TableRow(subject, label_kind(subject), place, start)
    at = _cell_at(cells, timex.start)
    column = (column_entry(text, title, header, title_at, at, cells[at], timex, _table_top(text, start, dated))
              if header is not None and at is not None else None)
    if column is not None:       # "| Full papers | Abstracts: September 30<br>Papers: October 7 | November 18 |"
        return TableRow(column.title, column.kind, place, start, column_kind=column.kind, anchor=timex.start)
    if (split is None and not text[start:end].lstrip().startswith("|") and _ruled_block(text, start) is None
            and not _dated_column(text, header, at, cells, title_at)):
        return None           # a bare-pipe row speaks through its column headers only, as site chrome may look alike
    if place is None and ", " in title:       # "| Capital Markets Day, London | 25 November 2026 |"
        name, _, town = title.rpartition(", ")
        if lookup(town):
            known = named_place(town)
            cell_end = cells[title_at][1]
            title, place = name, Place(town, known.tz if known else None, cell_end - len(town), cell_end)
    kind = label_kind(title)     # "| Last day to add | August 12 |"
    if kind == "event" and _noted_deadlines(text, start, dated):
        kind = "deadline"
    stated = line.stated if cells is line.cells else range(len(cells))
    off = noted_off(text, [cells[k] for k in stated if k != at], dated)
    return TableRow(title[:1].upper() + title[1:], kind, place, start, off=off)


def _dated_label(text: str, cells: list[tuple[int, int]], dated: list[tuple[int, int]],
                 several: bool = False) -> tuple[int, int] | None:
    """(date cell, name cell) of a headerless row whose every cell holds a date, one of them nothing
    else: the other cell's dates are the period its name reports on ("results at 30 September
    2020", "the financial year 2020"), and the lone date is the row's day. ``several``: the row is
    one a page wrote a cell a line (pipe_line_row), whose day and weekday may be cells of their own
    ("Jul 17" / "Friday") and whose name may hold no date: the first date cell is the row's day, and
    a month or season in the name ("for September degrees") is part of it."""
    worded = [k for k, cell in enumerate(cells) if cell[0] < cell[1] and not _only_dates(text, cell, dated)]
    only = [k for k, cell in enumerate(cells) if _only_dates(text, cell, dated)]
    if several and only and len(worded) == 1:
        return only[0], worded[0]
    if len(only) != 1 or len(worded) != 1 or not all(_holds_date(*cells[k], dated) for k in worded + only):
        return None
    return only[0], worded[0]


def _date_header_over(header: list[str], cells: Sequence[tuple[int, int]], at: int) -> bool:
    """The header names the column of the date at ``at`` as dates ("Date", "Day")."""
    k = _cell_at(cells, at)
    return k is not None and k < len(header) and header[k] in word_list("date_header_words")


def _named_day_cell(text: str, cells: Sequence[tuple[int, int]], dated: list[tuple[int, int]], at: int) -> int | None:
    """The one other cell with words of a row whose date's column the header names, when the only
    dates in it are words ("Year End Holiday", "New Year Holiday"): a day's name, which the tagger
    reads as a vague date, no second day of the row. None for a cell writing a day's number."""
    found = [k for k, (a, b) in enumerate(cells) if not a <= at < b
             and any(c.isalpha() for c in text[a:b]) and not _only_dates(text, (a, b), dated)]
    if len(found) != 1:
        return None
    a, b = cells[found[0]]
    return None if any(any(c.isdigit() for c in text[x:y]) for x, y in spans_inside(dated, a, b)) else found[0]


def _dated_column(text: str, header: list[str] | None, at: int | None, cells: Sequence[tuple[int, int]],
                  title_at: int) -> bool:
    """A bare-pipe row whose header names its date's column ("DATE | DAY |" over "March 8, Mon | Harvest
    Feast |"): the header says the block is a table of days, which site chrome ("Home | News" over
    "Posted 3 May 2027 | Events") never does, so the row's name cell names it. A cell that is only
    a weekday ("Mon") is the day's restatement, no name."""
    if header is None or at is None or at >= len(header) or title_at >= len(cells):
        return False
    if header[at] not in word_list("date_header_words") or title_at == at:
        return False
    return not weekday_cell(text[slice(*cells[title_at])])


def _clock_words_only(title: str) -> bool:
    """A title cell left with only the words around its clocks ("from ... to ..."): it names nothing."""
    words = title.lower().replace("-", " ").split()
    joiners = word_list("clock_prepositions") | word_list("clock_joiners")
    return bool(words) and all(w.strip(".,;:*") in joiners for w in words)


def pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a row from ``start`` to ``end`` split at its pipes, a leading pipe aside."""
    opening = start + len(text[start:end]) - len(text[start:end].lstrip(" \t"))
    first = opening if text[opening:opening + 1] == "|" else start - 1
    bounds = [first] + [k for k in range(first + 1, end) if text[k] == "|"]
    if bounds[-1] < end and text[bounds[-1] + 1:end].strip():
        bounds.append(end)
    return _trimmed(text, bounds)


def _diary_row(text: str, timex: Timex, cells: list[tuple[int, int]], start: int,
               days: Sequence[tuple[int, int]], clocks: Sequence[tuple[int, int]]) -> TableRow | None:
    """A row of a diary with no header (see :mod:`calfeed.events.date_cell_rows`): the date
    cell's dates take the name of the first cell with words that is no time cell; any other date
    of the row belongs to a note or a time cell and is no entry of its own."""
    first = next((k for k, (a, b) in enumerate(cells) if a < b), None)
    if first is None:
        return None
    if not cells[first][0] <= timex.start < cells[first][1]:
        return TableRow("", "event", None, start, skip=True)
    title = ""
    for n, (a, b) in enumerate(cells[first + 1:], first + 1):
        words = _without_clocks(text, a, b, clocks).translate(WITHOUT_EMPHASIS)
        if any(c.isalpha() for c in words) and not time_cell(words) and not weekday_cell(words):
            title = whole = row_name(words)
            later = [x - a for x, y in spans_inside(days, a, b) if a < x and text[a:x].strip()
                     and len(text[x:y].split()) > 1]   # "Find Out Friday" keeps its day
            if later:         # "Open day on 8th January": the day the name speaks of is no part of it
                title = row_name(_without_clocks(text, a, a + min(later), clocks).translate(WITHOUT_EMPHASIS))
                title = title if len(title) < len(whole) else whole
            title = _with_act(text, title, cells[n + 1:], days)
            break
    if _clock_words_only(title):       # "EXHIBIT BUILD-UP" / "| Wednesday, 12 March | from 08:00 to 20:00 |"
        title = sub_heading_over(text, start) or title
    if not any(c.isalpha() for c in title):
        a, b = cells[first]
        title = name_before_date(_without_spans(text, a, b, days).translate(WITHOUT_EMPHASIS))
    if not any(c.isalpha() for c in title):
        return None
    if title.lower() in word_list("placeholder_cells"):
        return TableRow(title, "event", None, start, skip=True)
    kind = label_kind(title)
    own_days = spans_inside(days, *cells[first])
    own = timex.start if len(own_days) > 1 else -1     # "Wednesday 22nd February Thursday 23rd February": two days
    off = noted_off(text, cells[first + 1:], days)
    return TableRow(title[:1].upper() + title[1:], kind, None, start, anchor=own, off=off)


def _with_act(text: str, title: str, rest: Iterable[tuple[int, int]], dated: Sequence[tuple[int, int]]) -> str:
    """The title of a row whose title cell only names who acts ("NPWG"), with what they do as
    the next cell says ("Deliver Pre-Submission Plan documents to Parish Council")."""
    if not actor_only(title):
        return title
    cell = next(((a, b) for a, b in rest if any(c.isalpha() for c in text[a:b])), None)
    if cell is None or _holds_date(*cell, dated):
        return title
    return with_act(title, row_name(text[slice(*cell)].translate(WITHOUT_EMPHASIS)))


def _noted_deadlines(text: str, row_start: int, dated: list[tuple[int, int]]) -> bool:
    """Whether the line right above the table's header or right below its last row (a blank
    line aside) says its dates are deadlines ("all times indicated for deadlines are ...")."""
    bare = not _pipe_opened(text, row_start)
    block = _bare_block(text, row_start, dated) if bare else None
    top = block[0] if block is not None else _table_top(text, row_start, dated)
    if block is not None:
        bottom = block[1]
    else:               # the first line break after the row not followed by a pipe-opened line
        run_end = _PIPE_RUN_END.search(text, row_start)
        bottom = len(text) if run_end is None else run_end.start()
    above = top
    while above and text[above - 1] == "\n":
        above -= 1
    notes = [_NEXT_LINE.match(text, bottom).group(1).lower(), text[start_of_line(text, above):above].lower()]
    phrases = word_list("table_deadline_notes")
    return any(p in note for note in notes for p in phrases)


def _column(header: list[str], whole: frozenset[str], parts: frozenset[str], *taken: int | None) -> int | None:
    """The column a header names: the whole header a listed word ("Venue", "College"), else a
    word of it in ``parts`` ("Lecture venue", "Speaker(s)"; not "Central Library", whose cells
    are its hours), a column taken by another role aside."""
    free = [k for k in range(len(header)) if k not in taken]
    named = next((k for k in free if header[k] in whole), None)
    if named is not None:
        return named
    return next((k for k in free if any(w in parts for w in _HEADER_WORDS.findall(header[k]))), None)


_HEADER_WORDS = re.compile(r"[^\W\d_]+")


def _cell_text(text: str, cell: tuple[int, int]) -> str:
    return " ".join(text[slice(*cell)].translate(WITHOUT_EMPHASIS).split()).rstrip(".;")


def _talk_row(text: str, cells: list[tuple[int, int]], header: list[str], speaker_at: int, place_at: int | None,
              start: int, dated: list[tuple[int, int]]) -> TableRow:
    """A row of a table of talks with no title column ("| Date | Time | College | Speaker |"):
    the speaker names the talk, after what the rows are when the caption or a heading above says
    it ("Inaugural Lecture Series": "Inaugural Lecture — Prof John Chapman, Archaeology"), else
    what the page lists (page_series.py)."""
    speaker = _cell_text(text, cells[speaker_at])
    top = _table_top(text, start, dated)
    noun = rows_noun(text, top) or page_series(text, top)     # "Inaugural Lecture Series" as the page's first line
    if speaker.lower() in word_list("place_placeholders"):
        speaker = ""                   # "| 4 May | Hatfield | TBC |": the talk, its speaker not yet named
    title = " — ".join(part for part in (noun, speaker) if part) or "Talk"
    return TableRow(title, kind_of(noun) if noun else "event", _column_place(text, cells, header, place_at, dated), start)


def _member_columns(header: list[str] | None) -> frozenset[int]:
    """The columns whose cells say whom a row's meeting serves or who hosts it ("Ward",
    "Councillor"): people and areas, never the event's name."""
    if header is None:
        return frozenset()
    members = word_list("table_member_headers")
    return frozenset(k for k, name in enumerate(header) if any(w in members for w in _HEADER_WORDS.findall(name)))


def _venue_row(text: str, cells: list[tuple[int, int]], header: list[str] | None, place_at: int,
               start: int, dated: list[tuple[int, int]], day_at: int | None) -> TableRow | None:
    """A row of a table of meetings whose other cells name only whom each meets ("| 3 | Cllr. A.
    Smith | Town Hall | Tuesday, 8 Oct |"): named by the venue cell, as a flattened row of ward
    numbers is. A figure in the venue's address read as a year ("Riversdale, 1963") is no date
    of the row."""
    if place_at == day_at:
        return None
    venue = _cell_text(text, cells[place_at])
    if not any(c.isalpha() for c in venue) or venue.lower() in word_list("place_placeholders"):
        return None
    return TableRow(venue, "event", _column_place(text, cells, header, place_at, dated), start)


def _column_place(text: str, cells: list[tuple[int, int]], header: list[str] | None,
                  place_at: int | None, dated: Sequence[tuple[int, int]] = ()) -> Place | None:
    """The place cell's place; under a header naming a kind of building ("College" over
    "Collingwood") the cell names one of them, a venue, never a namesake town."""
    if place_at is None or place_at >= len(cells) or header is None:
        return None
    kind = header[place_at] if header[place_at] in word_list("table_venue_kinds") else None
    if kind is None:
        return _place(text, cells[place_at], dated)
    written = _cell_text(text, cells[place_at])
    if not any(c.isalpha() for c in written) or written.lower() in word_list("place_placeholders"):
        return None
    if kind not in written.lower().split():
        written = f"{written} {kind.capitalize()}"
    return Place(written, None, cells[place_at][0], cells[place_at][1], venue=True)


def _moved_row(text: str, timex: Timex, cells: list[tuple[int, int]], header: list[str],
               dated: list[tuple[int, int]], start: int) -> TableRow | None:
    """A row of an old day and a new one under a header like "| Normal collection day | Revised
    collection day |": one entry on the new day, named by the header's shared noun and the old
    day; the old day's cell holds no entry of its own."""
    holding = [k for k, (a, b) in enumerate(cells) if _holds_date(a, b, dated)]
    if len(holding) < 2 or not set(header[holding[-1]].split()) & word_list("changed_day_headers"):
        return None
    if not cells[holding[-1]][0] <= timex.start < cells[holding[-1]][1]:
        return TableRow("", "event", None, start, skip=True)     # the day it no longer happens
    a, b = cells[holding[0]]
    old = next(text[x:y] for x, y in dated if a <= x and y <= b)
    others = [set(name.split()) for k, name in enumerate(header) if k in holding[:-1]]
    noise = word_list("date_header_words") | word_list("changed_day_headers")
    noun = " ".join(w for w in header[holding[-1]].split() if w not in noise and all(w in o for o in others))
    if not noun:
        return TableRow(f"Moved from {old}", "event", None, start)
    noun = _modified(text, noun, start) or noun
    return TableRow(f"{noun[:1].upper()}{noun[1:]} (moved from {old})", kind_of(noun), None, start)


def _modified(text: str, noun: str, before: int) -> str | None:
    """The header's noun with the word the text above puts before it ("Your bin collection day"
    -> "bin collection"), which the header leaves out."""
    skip = word_list("articles") | word_list("possessives") | word_list("pronouns") | word_list("date_header_words")
    for found in reversed(list(re.finditer(rf"\b([A-Za-z][\w-]*) {re.escape(noun)}s?\b", text[:before], re.IGNORECASE))):
        word = found.group(1).lower()
        if text[start_of_line(text, found.start()):].lstrip().startswith("|"):
            continue           # the table's own header
        if word not in skip and word not in word_list("changed_day_headers"):
            return f"{word} {noun}"
    return None


def _cells(text: str, start: int, end: int, dated: list[tuple[int, int]]) -> Sequence[tuple[int, int]]:
    """The (start, end) of each cell's text, trimmed, when the line is a pipe-table row."""
    line = _row_line(text, start, end)
    if not line.opened and (len(line.cells) < 2 or _bare_block(text, start, dated) is None):
        return []       # one cell: no pipe on the line, so no bare-pipe table (which copied the line per date)
    return line.cells


@dataclass(frozen=True)
class _RowLine:
    """A line read as a row: whether a pipe opens it, and its cells split at its pipes (none for a
    rule line or one of too few pipes when a pipe opens it; a bare-pipe line's cells count only
    in a bare-pipe table, which :func:`_cells` asks about)."""

    text: str
    opened: bool
    cells: tuple[tuple[int, int], ...]

    @cached_property
    def stated(self) -> tuple[int, ...]:
        """The cells that may call the row off (:func:`calfeed.events.cancelled.may_note_off`)."""
        return tuple(k for k, cell in enumerate(self.cells) if may_note_off(self.text, *cell))


@lru_cache(maxsize=8)
def _row_line(text: str, start: int, end: int) -> _RowLine:
    """The line ``text[start:end]`` read once as a row: a table flattened onto one line is a row
    of thousands of cells, and each of its dates asks for the row (split again for each date, a
    20 KB page took 8x the time of 5 KB)."""
    line = text[start:end]
    pipes = [start + k for k, c in enumerate(line) if c == "|"]
    if not line.lstrip().startswith("|"):
        return _RowLine(text, False, tuple(_trimmed(text, [start - 1] + pipes + [end])))
    if line.count("|") < 3 or _SEPARATOR.match(line):
        return _RowLine(text, True, ())
    return _RowLine(text, True, tuple(_trimmed(text, pipes)))


def _cell_at(cells: Sequence[tuple[int, int]], at: int) -> int | None:
    """The index of the cell holding offset ``at``, if any: cells run left to right without
    overlapping, so the last cell starting at or before ``at`` is the only one that may hold it."""
    k = bisect_right(cells, at, key=itemgetter(0)) - 1
    return k if k >= 0 and cells[k][0] <= at < cells[k][1] else None


MAX_SPLIT_LINES = 12     # lines of one row whose cells a flattened page put on lines of their own


def _split_row(text: str, start: int, end: int) -> tuple[int, list[tuple[int, int]]] | None:
    """A row of a web page's table flattened one cell a line ("| ⏎ ⇥ Registration | ⏎ ⇥ ⏎ ⇥ 30
    October 2015 |"): the date's line is an indented cell closed by its pipe, and the lines up
    to the lone pipe that opens the row are its other cells (blank lines aside). Returns where
    the row opens and its cells, or None for any other shape."""
    def cell(begin: int, stop: int) -> tuple[int, int] | None:
        if begin >= stop or not text[begin].isspace():
            return None         # most lines open with a word
        pipe = text.find("|", begin, stop)      # read in place: a copy of a long line for each of its dates was square
        if pipe < 0 or text.find("|", pipe + 1, stop) >= 0 or not only_marks(text, pipe + 1, stop):
            return None
        return _trimmed(text, [begin - 1, pipe])[0]

    own = cell(start, end)
    if own is None:
        return None
    cells = [own]
    for begin, stop in lines_above(text, start, MAX_SPLIT_LINES):
        line = text[begin:stop].strip()
        if line == "|":
            return (begin, cells[::-1]) if len(cells) >= 2 else None
        if not line:
            continue
        found = cell(begin, stop)
        if found is None:
            return None
        cells.append(found)
    return None


@lru_cache(maxsize=256)
def _pipe_line_kind_at(text: str, start: int) -> str | None:
    """The kind of the line starting at ``start``: "lone" ("|"), "closed" ("Friday |": words, then the
    one pipe), "bare" (no pipe), "other", or None for a blank line. Read in place and kept by line
    (every date of a long line asks of its line, and of the lines around it)."""
    end = line_end(text, start)
    filled = forward_over(text, start, end)
    if filled == end:
        return None
    last = back_over(text, filled, end)
    pipe = text.find("|", filled, last)
    if pipe < 0:
        return "bare"
    if pipe == last - 1:
        return "lone" if pipe == filled else "closed"
    return "other"


_LONE_PIPE = re.compile(r"^[^\S\n]*\|[^\S\n]*$", re.MULTILINE)


@lru_cache(maxsize=4)
def _has_lone_pipe(text: str) -> bool:
    """Whether a line of the page is a pipe alone, where every row written a cell a line opens:
    asked once a page, so a page with none reads none of its lines as such a row."""
    return _LONE_PIPE.search(text) is not None


def pipe_line_row(text: str, start: int, dated: Sequence[tuple[int, int]] = ()
                  ) -> tuple[int, list[tuple[int, int]]] | None:
    """A row of a pipe table a page wrote one cell a line, each pipe closing a cell's line or on a
    line of its own ("|" / "Jul 17" / "|" / "Friday |" / "Thesis due for all September degree
    candidates. |"), rows following one another under month headings ("August 2026"). The row opens
    at a lone pipe after the last row's closing line, a lone pipe or a heading (a line with no pipe
    that follows no lone pipe); it closes at a cell's closing line followed by a lone pipe, a line
    with no pipe or the end, or at a lone pipe followed by another. Returns where the row opens and
    its cells, or None for the line at ``start`` when it is no such row's. A closed line holding
    one of the dates (``dated``, sorted spans) met on the way up is the last row's date cell
    ("Tuesday 09/11/2027 3.00pm - 5.00pm |" / "Walk-in, all ages |" over the line at ``start``):
    the row opens at ``start``, so two rows never share one opening."""
    def kind(at: int) -> str | None:
        return _pipe_line_kind_at(text, at)

    if not _has_lone_pipe(text):
        return None
    own = kind(start)
    if own not in ("bare", "closed"):
        return None
    lines = [(a, b) for a, b in lines_above(text, start, MAX_SPLIT_LINES) if text[a:b].strip()]
    opening = None
    for n, (a, b) in enumerate(lines):
        here = kind(a)
        if here == "other":
            return None
        if here == "closed" and spans_inside(dated, a, b):
            opening = start
            break
        if here != "lone":
            continue
        before = lines[n + 1][0] if n + 1 < len(lines) else None
        above = kind(before) if before is not None else None
        heading = above == "bare" and (n + 2 >= len(lines) or kind(lines[n + 2][0]) != "lone")
        if above in (None, "closed", "lone") or heading:
            opening = a
            break
    if opening is None:
        return None
    cursor, close = start, None
    for _ in range(MAX_SPLIT_LINES):
        here = kind(cursor)
        after = line_end(text, cursor) + 1
        while after < len(text) and only_marks(text, after, line_end(text, after)):
            after = line_end(text, after) + 1
        following = kind(after) if after < len(text) else None
        if here == "other" or following == "other":
            return None
        if here == "closed" and following in (None, "lone", "bare") or here == "lone" and following in (None, "lone"):
            close = line_end(text, cursor)
            break
        if following is None:
            return None
        cursor = after
    if close is None:
        return None
    cells = pipe_cells(text, opening, close)
    return (opening, cells) if len(cells) >= 2 else None


def pipe_line_headings(text: str, ordered: Sequence[Timex]) -> set[int]:
    """The dates (by id) alone on a line right over a lone pipe: the month heading ("August 2026"
    / "|" / "Aug 7" / ...) of rows written a cell a line (pipe_line_row), which heads them and
    is no entry of its own. A day written so is the first cell of a row and stays."""
    found: set[int] = set()
    for timex in ordered:
        if timex.interval is None or timex.interval.granularity in ("day", "hour", "minute", "second"):
            continue
        start = start_of_line(text, timex.start)
        end = line_end(text, timex.end)
        if not only_marks(text, start, timex.start) or not only_marks(text, timex.end, end) or end >= len(text):
            continue
        if _pipe_line_kind_at(text, end + 1) == "lone":
            found.add(id(timex))
    return found


def _trimmed(text: str, bounds: list[int]) -> list[tuple[int, int]]:
    cells = []
    for a, b in zip(bounds, bounds[1:]):
        a += 1
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        cells.append((a, b))
    return cells


def _bare_block(text: str, start: int, dated: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The (first line's start, last line's end) of the bare-pipe table holding the line at
    ``start``: the run of lines around it with the same number of pipes (one at least), none
    opening with a pipe, a header and two rows at least, the header naming every column and
    holding no date. Fewer rows, or a nameless column, is too like two lines of site chrome
    ("Home | News" over "Posted 3 May 2027 | Events") to be read as a table."""
    def pipes(a: int) -> tuple[int, int]:
        shape = _bare_line(text, a)
        return shape.pipes, shape.end

    ruled = _ruled_block(text, start)
    if ruled is not None:
        return ruled
    count, end = pipes(start)
    if count < 1:
        return None
    first = start
    rows = 0              # the block's line breaks, counted as its lines are walked
    for _ in range(MAX_ROWS_UP):
        if first == 0:
            break
        above = start_of_line(text, first - 1)
        if pipes(above)[0] != count:
            break
        first = above
        rows += 1
    last = end
    for _ in range(MAX_ROWS_UP):
        if last >= len(text) or pipes(last + 1)[0] != count:
            break
        last = pipes(last + 1)[1]
        rows += 1
    if rows < MIN_BARE_ROWS:
        return None       # (told before the header is copied: each date of a long line asks)
    header_end = pipes(first)[1]
    names = text[first:header_end].rstrip().split("|")
    if len(names) > 2 and not names[-1].strip():
        names.pop()              # "State | Type | Date |": a closing pipe, no nameless column
    if starting_in(dated, first, header_end) or not all(any(c.isalpha() for c in name) for name in names):
        return None
    return first, last


@dataclass(frozen=True)
class _BareLine:
    """A line as the bare-pipe table readers see it, read once for the line and kept (every date of
    a long line asks of its line, and a copy of the line for each made a page on one line square)."""

    pipes: int        # its pipes when no pipe opens it and it holds words, else 0
    bare: bool        # a pipe in it, none opening it
    rule: bool        # a rule line ("---|---|")
    end: int


@lru_cache(maxsize=256)
def _bare_line(text: str, start: int) -> _BareLine:
    end = line_end(text, start)
    line = text[start:end]
    opened = line.lstrip().startswith("|")
    return _BareLine(0 if opened or not line.strip() else line.count("|"), "|" in line and not opened,
                     _SEPARATOR.match(line) is not None, end)


def _ruled_block(text: str, start: int) -> tuple[int, int] | None:
    """The (header's start, last row's end) of a bare-pipe table ruled under its header
    ("Type | Date | Time |" / "---|---|---|"), the line at ``start`` one of its rows: the rule
    says it is a table, so its rows may differ in pipes (a closing pipe left out) and it reads
    like the bordered form. The rows run to the first line without a pipe."""
    own = _bare_line(text, start)
    if not own.bare or own.rule:
        return None
    cursor = start
    for _ in range(MAX_ROWS_UP):
        if cursor == 0:
            return None
        above = start_of_line(text, cursor - 1)
        line = _bare_line(text, above)
        if not line.bare:
            return None
        if line.rule:
            if above == 0:
                return None
            top = start_of_line(text, above - 1)
            header = _bare_line(text, top)
            if not header.bare or header.rule:
                return None
            break
        cursor = above
    else:
        return None
    last = own.end
    while last < len(text):
        below = _bare_line(text, last + 1)
        if not below.bare:
            break
        last = below.end
    return top, last


def _table_top(text: str, row_start: int, dated: list[tuple[int, int]]) -> int:
    """Where the table holding the row starts (its header line)."""
    block = _bare_block(text, row_start, dated) if not _pipe_opened(text, row_start) else None
    if block is not None:
        return block[0]
    lines = _pipe_lines_above(text, row_start)
    return lines[-1][0] if lines else row_start


def _pipe_lines_above(text: str, row_start: int) -> list[tuple[int, int]]:
    """The pipe-table lines right above the row, as (start, end) without newline: the nearest
    first and the table's top two last (the header and its rule), however long the table; the
    lines between are left out, as no reader asks for them."""
    runs = _pipe_runs(text)
    at = bisect_right(runs.starts, row_start) - 1
    if at < 0 or runs.starts[at] != row_start:      # not a line's start: walk up as lines_above does
        lines: list[tuple[int, int]] = []
        for begin, end in lines_above(text, row_start, MAX_ROWS_UP):
            if not text[begin:end].lstrip().startswith("|"):
                break
            lines.append((begin, end))
        return lines
    top = runs.tops[at - 1] if at > 0 else -1
    if top < 0:
        return []
    indices = sorted({k for k in (at - 1, top + 1, top) if top <= k < at}, reverse=True)
    return [runs.line(k) for k in indices]


@dataclass(frozen=True)
class _PipeRuns:
    """Each line's start, and for a line opened by a pipe the first line of the run of such lines
    it ends (-1 for other lines): a row finds its table's header in one step, not by walking up."""

    starts: list[int]
    ends: list[int]
    tops: list[int]

    def line(self, k: int) -> tuple[int, int]:
        return self.starts[k], self.ends[k]


@lru_cache(maxsize=4)
def _pipe_runs(text: str) -> _PipeRuns:
    starts, ends, tops = [], [], []
    cursor = 0
    while cursor <= len(text):
        end = line_end(text, cursor)
        k = len(starts)
        starts.append(cursor)
        ends.append(end)
        if text[cursor:end].lstrip().startswith("|"):
            tops.append(tops[k - 1] if k and tops[k - 1] >= 0 else k)
        else:
            tops.append(-1)
        cursor = end + 1
    return _PipeRuns(starts, ends, tops)


def _header(text: str, row_start: int, width: int, dated: list[tuple[int, int]]) -> list[str] | None:
    """The lower-cased header cells of the table above the row, when a separator line marks
    them, or the first line of a bare-pipe table."""
    if not _pipe_opened(text, row_start):
        block = _bare_block(text, row_start, dated)
        if block is None or block[0] == row_start:
            return None
        first_end = text.find("\n", block[0])
        names = [" ".join(text[a:b].translate(WITHOUT_EMPHASIS).lower().split())
                 for a, b in _cells(text, block[0], first_end, dated)]
        return _aligned(text, names, row_start, dated, width)
    lines = _pipe_lines_above(text, row_start)
    if len(lines) < 2 or not _SEPARATOR.match(text[slice(*lines[-2])]):
        top = lines[-1] if lines else None       # "| Date | Time | College | Speaker |" with no rule under it
        if top is None or not _header_words(text, top, dated):
            return None
        lines = lines + [top]
    names = [" ".join(text[a:b].translate(WITHOUT_EMPHASIS).lower().split())
             for a, b in _cells(text, *lines[-1], dated)]
    return _aligned(text, names, row_start, dated, width)


def _header_words(text: str, line: tuple[int, int], dated: list[tuple[int, int]]) -> bool:
    """A table's first line that is its header though no separator line marks it: no date in it,
    and a column naming the dates ("Date", "When") beside another a header word names (title,
    place, speaker: "| Date | Time | College | Speaker |")."""
    if starting_in(dated, line[0], line[1]):
        return False
    names = [" ".join(text[a:b].translate(WITHOUT_EMPHASIS).lower().split()) for a, b in _cells(text, *line, [])]
    others = merged_lists(ITEM_HEADER_LISTS)
    return any(n in word_list("date_header_words") for n in names) and any(n in others for n in names)


def _aligned(text: str, names: list[str], row_start: int, dated: list[tuple[int, int]],
             width: int) -> list[str] | None:
    """The header's names over the row's ``width`` cells. Empty cells at either end aside, a
    header as wide as the row, or wider (a row may leave its last cells out), names them from
    the left. A header short of the row's leading text cells ("| Submission due | Notification |"
    over "| Main Conference | May 21 | July 15 |": no name over the label column) names them
    from those cells on, when its first name says what a date is and the row has a date there,
    else every date would take the name of the column to its left."""
    row_end = text.find("\n", row_start)
    cells = _cells(text, row_start, len(text) if row_end < 0 else row_end, dated)
    used = len(cells)
    while used and cells[used - 1][0] == cells[used - 1][1]:
        used -= 1
    named = len(names)
    while named and not names[named - 1]:
        named -= 1
    short = used - named
    if (0 < short < used and names[0] and column_kind(names[0]) is not None
            and _holds_date(*cells[short], dated)
            and not any(_holds_date(a, b, dated) or not any(c.isalpha() for c in text[a:b])
                        for a, b in cells[:short])):
        return ([""] * short + names[:named] + [""] * width)[:width]
    if len(names) == width:
        return names
    return (names + [""] * width)[:width] if used <= named else None


def _only_dates(text: str, cell: tuple[int, int], dated: list[tuple[int, int]]) -> bool:
    """A cell that holds a date and no words besides ("February 28", not "Autumn Budget 2026")."""
    inside = spans_inside(dated, *cell)
    if not inside:
        return False
    cursor, rest = cell[0], []
    for a, b in inside:
        rest.append(text[cursor:a])
        cursor = max(cursor, b)
    rest.append(text[cursor:cell[1]])
    return not any(c.isalpha() for c in "".join(rest))


def _without_spans(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """The cell's text with the spans inside it left out ("Fall break begins, 4:00 p.m." less its clock)."""
    return "".join(pieces_around(text, start, end, spans_inside(spans, start, end)))


def _without_clocks(text: str, start: int, end: int, clocks: Sequence[tuple[int, int]]) -> str:
    """The title cell's text less its clocks, the words they were the object of and the brackets
    they leave open: "Pool shuts at 3pm for the gala" reads "Pool shuts for the gala",
    "Pool opens again (7am - 9pm daily)" reads "Pool opens again (daily)"."""
    kept = "".join(without_clock_objects(pieces_around(text, start, end, spans_inside(clocks, start, end))))
    return _LOOSE_CLOSE.sub(")", _LOOSE_OPEN.sub("(", _EMPTY_BRACKETS.sub("", kept)))


def _pipe_opened(text: str, at: int) -> bool:
    """Whether the text from ``at`` opens with a pipe, blanks and tabs aside."""
    return _PIPE_OPENED.match(text, at) is not None


def _holds_date(start: int, end: int, dated: Sequence[tuple[int, int]]) -> bool:
    return bool(spans_inside(dated, start, end))


def _place(text: str, cell: tuple[int, int], dated: Sequence[tuple[int, int]] = ()) -> Place | None:
    """The place cell as the gazetteer knows it, else as written: the header says it is one.
    Its dates are no part of the place ("Saturday, March 14, 10am Community Hall" under "Date and
    Location": the hall, not the town of March)."""
    found = places_in(words_in(text, *cell), text, dated)
    if found:
        return found[0]
    written = " ".join(_without_spans(text, *cell, dated).translate(WITHOUT_EMPHASIS).split()).strip(" ,;")
    if not any(c.isalpha() for c in written) or written.lower() in word_list("place_placeholders"):
        return None               # "—", "n/a", "TBC": no place written yet
    named = named_place(written)
    return Place(named.name, named.tz, cell[0], cell[1]) if named else None
