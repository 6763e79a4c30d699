"""A table whose header names what each column's dates are, over rows that are only dates:

    | Filing Deadline | Hearing Date | Decision Week |
    |---|---|---|
    | January 4       | January 18   | January 25 - 29 |

Court calendars, board schedules and school key-date tables set several steps of one cycle side
by side this way; no cell of a row has words of its own, so without the header none of its
days has a name. Each date cell is named by the header cell over it, the header's words that
only say the column holds dates ("Date", "Day", ``date_header_words``) left out ("Hearing Date"
-> "Hearing"). A row that opens with a label cell ("Spring term | ...") puts it first ("Spring
term — Hearing"). The header is the line with no date over the run of date rows in the same
block (a markdown rule line between them skipped), cut into as many cells as the row, by the
row's own mark (a bar or a tab); a header of another width names nothing.

A row flattened to text has no mark: "Monday 1st February  Wednesday 10th February" under
"Submission closing date 2021 Meeting date 2021". Its cells are then its dates (a label before
the first one a cell of its own), and the header is cut after each of its date words ("date",
optionally a year after it), else one word a cell ("Term Starts Ends" over "1 Monday 3rd February
Saturday 11th April"). Two dates under a start column and an end column ("Starts | Ends", "First
day | Last day", ``column_start_headers`` / ``column_end_headers``) are one period, not two
entries: the start cell holds the span to the end cell's day, named by the row's label ("Term 1":
a bare number under the label column's header takes that header first), and the end cell gives
nothing of its own. With no header, a row whose short label names a period (``period_row_nouns``:
"Term 1", "Christmas break") and then gives two days side by side is that period.

Extraction loses cells in a few set ways, each read back here: cells glued with no blank ("Half
TermMonday 27th OctoberFriday 31st October" under "AutumnTerm 2025First DayLast Day"), the label
after the days ("Monday 25th May Friday 29th May Half Term"), a header one cell short where its
empty corner cell was dropped ("Start | Finish | |" over "Term 1 | February 2 | April 6 |"), and a
sub-heading row between the header and the rows ("Term 1 | ||" over "Friday 7th February | Friday
11th April |"). Rows read as periods are left to the last framing step (header_named_days), as a
line or row reader would keep their first day only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calfeed.events.phrases import month_words
from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.model import Timex
from calfeed.text import by_line_start, line_end

CELL_MARKS = ("|", "\t")
_RULE_CHARS = frozenset("|-: \t")
_CLOCK_REST = " \t*-–:.0123456789"   # what a clock cell may keep outside its clocks ("09:00-24:00": the tagger reads 09:00)
MAX_ROW_LABEL_WORDS = 4     # "Autumn term break": a row's label; a longer lead is a sentence
MAX_SUB_HEADING_WORDS = 8   # a sub-heading over table rows ("Daylight Savings"); a longer line is text
MAX_ROWS_OVER = 60         # table lines walked up from a sub-heading to its header
GLUE_MIN = 3              # letters each side of a cut in glued cells ("AutumnTerm"; "McDonald" stays)
MAX_PERIOD_DAYS = 200       # a term, a break, a semester; a longer stretch is two separate days

Span = tuple[int, int]


@dataclass(frozen=True)
class ColumnCell:
    """What the header makes of one date cell: its name, the end cell's date when the cell opens
    a start/end period (``until``), or ``inside`` when it is that end cell (named by the span)."""

    name: str | None
    until: Timex | None = None
    inside: bool = False


def column_cell(text: str, row: Span, timex: Timex, headers: dict[int, Span | None],
                on_row: list[Timex]) -> ColumnCell | None:
    """The header's reading of ``timex``'s cell of the table row ``row``, or None. ``headers``: the
    header of each line of the row's block (row_headers); ``on_row``: the row's dates, its cells when
    the row has no mark."""
    header = headers.get(row[0])
    mark = next((m for m in CELL_MARKS if m in text[row[0]:row[1]]), None)
    if header is None:
        return period_row(text, row, timex, on_row) if mark is None else None
    sub = ""
    if mark is not None:
        cells = _cells(text, row, mark)
        head_cells = _cells(text, header, mark)
        if _a_subheading(text, head_cells):     # "Term 1 | ||" over "Friday 7th February | Friday 11th April |"
            over = _header_over(text, header, mark)
            if over is not None:
                sub = _cell_text(text, head_cells[0])
                head_cells = _cells(text, over, mark)
        names = [_cell_text(text, cell) for cell in head_cells]
        numbered = [t for t in on_row if any(c.isdigit() for c in t.text)]   # "Easter Tuesday" in a label is a name, no day cell
        dated = [next((t for t in numbered if a <= t.start < b), None) for a, b in cells]
        labelled = True
    else:
        days = _cell_days(text, on_row)
        if len(days) < 2:
            return None
        cells = [(t.start, t.end) for t in days]
        dated = list(days)
        labelled = any(c.isalnum() for c in text[row[0]:days[0].start])
        if labelled:
            cells.insert(0, (row[0], days[0].start))
            dated.insert(0, None)
        names = _flat_heads(text, header, len(cells))
        if len(names) != len(cells):      # "AutumnTerm 2025First DayLast Day": a header glued past cutting
            return period_row(text, row, timex, on_row, header)
    at = next((k for k, (a, b) in enumerate(cells) if a <= timex.start < b), None)
    if at is None or len(names) != len(cells):
        return None
    label = " ".join(text[cells[0][0]:cells[0][1]].split()).strip(" *_:") if labelled else ""
    if sub and dated[0] is not None:
        label = sub               # a row of days alone: the sub-heading over it is its label
    period = _period(names, [t is not None for t in dated])
    if period is None and mark is not None:
        period = _shifted_period(names, dated)
    if period is not None:
        first, last = period
        if at == last:
            return ColumnCell(None, inside=True)
        if at == first and dated[last] is not None:
            return ColumnCell(_row_label(label, names[0]), until=dated[last])
    if mark is not None and at > 0 and any(c.isalpha() for c in _without_days(text, cells[at], on_row)):
        return _own_name(text, cells[at], on_row)     # "Anzac Day – Friday 25th April" under "Public Holidays"
    name = _without_date_words(names[at])
    if not name:
        return None
    if at > 0 and any(c.isalpha() for c in label) and not any(c.isdigit() for c in label):
        return ColumnCell(f"{label} — {name}")
    return ColumnCell(name)


def header_named_days(text: str, dates: list[Timex]) -> set[int]:
    """The ids of the days on unmarked rows of dates side by side whose header line (over the
    run of such rows) names each column: column_cell names them, not a sentence or a list
    reader that would take the header as one title for the whole table. One pass over the
    lines that hold two dates or more; a row inherits the header of the row right above it."""
    by_line = by_line_start(text, (t for t in dates if t.type == "DATE" and t.interval is not None
                                   and t.interval.granularity == "day"))
    found: set[int] = set()
    headers: dict[int, Span | None] = {}
    for begin in sorted(b for b, on in by_line.items() if len(on) >= 2):
        row = (begin, line_end(text, begin))
        on = by_line[begin]
        if not _flat_only(text, row, on):
            if _barred_period(text, row, on, by_line):     # "Term 1 | February 2 | April 6 |" under "Start | Finish | |"
                found |= {id(t) for t in dates if row[0] <= t.start < row[1]}    # a season in its label too ("Autumn")
            continue
        above = text.rfind("\n", 0, begin - 1) + 1 if begin > 0 else -1
        if above in headers:
            header = headers[above]            # the run's header, found for the row above
        elif above >= 0 and text[above:begin - 1].strip() and above not in by_line:
            header = (above, begin - 1)        # a line with no day of its own
        else:
            header = None
        headers[begin] = header
        if header is not None and heads_flat_row(text, header, row, on) or period_row_days(text, row, on, header):
            found |= {id(t) for t in on}     # a row that is one period ("Summer camp 5 July 2027 9 July 2027") too
    return found


def _barred_period(text: str, row: Span, on_row: list[Timex], by_line: dict[int, list[Timex]]) -> bool:
    """A barred or tabbed row whose header (the nearest table line above with no day, past the
    run's other rows and a markdown rule) makes its two days one period (column_cell): the last
    step reads it as one span, not a row reader as two days or as its first day alone."""
    mark = next((m for m in CELL_MARKS if m in text[row[0]:row[1]]), None)
    days = _written_days(on_row)
    if mark is None or len(days) < 2:
        return False
    at = row[0]
    for _ in range(MAX_ROWS_OVER):
        if at <= 0:
            return False
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above:at - 1]
        if mark not in line:
            return False
        if above not in by_line and not set(line) <= _RULE_CHARS:
            cell = column_cell(text, row, days[0], {row[0]: (above, at - 1)}, on_row)
            return cell is not None and cell.until is not None
        at = above
    return False


def day_column_rows(text: str, dates: list[Timex]) -> dict[int, str]:
    """The barred rows of a timetable (by where each line starts) whose first cell is only a
    weekday (its Day column) and whose other cells are only the day, clocks or nothing
    ("Saturday* | May 21 | 09:00-24:00 |"), under a header whose date column is only "Date" and
    whose first cell names the table ("Build up | Date | Exhibitors access hrs. |"), with that
    name: the header names each row's day, not a footnote below the table or the next table's
    header. One pass over the barred lines that hold a date; a row inherits the header of the
    row above it."""
    by_line = by_line_start(text, dates)
    found: dict[int, str] = {}
    headers: dict[int, Span | None] = {}
    for begin in sorted(by_line):
        row = (begin, line_end(text, begin))
        if "|" not in text[row[0]:row[1]]:
            continue
        day = _day_column_row(text, row, by_line[begin])
        if day is None:
            continue
        above = text.rfind("\n", 0, begin - 1) + 1 if begin > 0 else -1
        if above in headers:
            header = headers[above]
        elif above >= 0 and "|" in text[above:begin - 1] and not any(t.type == "DATE" for t in by_line.get(above, [])):
            header = (above, begin - 1)
        else:
            header = None
        headers[begin] = header
        name = _day_column_header(text, header, row, day) if header is not None else None
        if name is not None:
            found[begin] = name
    return found


def _day_column_row(text: str, row: Span, on_row: list[Timex]) -> Timex | None:
    """The row's one written day when its first cell is only a weekday and every other cell is
    only dates and clocks (a footnote star aside), else None."""
    cells = _cells(text, row, "|")
    days = _written_days(on_row)
    if len(cells) < 2 or len(days) != 1:
        return None
    if days[0].start < cells[0][1]:      # "Sunday | May 22 | 08:00-23:00" read as one: the day's own cells
        return days[0] if all(days[0].start <= a and b <= days[0].end or not text[a:b].strip(_CLOCK_REST)
                                  for a, b in cells[1:]) and text[cells[0][0]:cells[0][1]].strip(" \t*").isalpha() else None
    for k, (a, b) in enumerate(cells):
        covered = [t for t in on_row if a <= t.start and t.end <= b]
        rest = text[a:b]
        for t in sorted(covered, key=lambda t: t.start, reverse=True):
            rest = rest[:t.start - a] + rest[t.end - a:]
        if rest.strip(_CLOCK_REST):
            return None           # a cell with words of its own: the row names itself
        if k == 0 and not (len(covered) == 1 and covered[0].type == "DATE" and covered[0] is not days[0]
                           and not any(c.isdigit() for c in covered[0].text)):
            return None           # no Day column of a weekday alone
    return days[0]


def _day_column_header(text: str, header: Span, row: Span, day: Timex) -> str | None:
    """The table's name in the first cell of a header whose cell over ``day`` is only "Date"."""
    heads = _cells(text, header, "|")
    cells = _cells(text, row, "|")
    at = next((k for k, (a, b) in enumerate(cells) if a <= day.start < b), None)
    if at == 0:
        at = 1                    # "Sunday | May 22 | ..." read as one day: its date cell is the second
    if at is None or len(heads) != len(cells):
        return None
    if _without_date_words(" ".join(text[heads[at][0]:heads[at][1]].split()).strip(" *_:")):
        return None               # the date column names its days itself
    name = _without_date_words(" ".join(text[heads[0][0]:heads[0][1]].split()).strip(" *_:"))
    return name if any(c.isalpha() for c in name) else None


def _flat_only(text: str, row: Span, on_row: list[Timex]) -> bool:
    days = without_notes(text, sorted(on_row, key=lambda t: t.start))
    return (not any(m in text[row[0]:row[1]] for m in CELL_MARKS)
            and not any(not blank_between(text, a.end, b.start) for a, b in zip(days, days[1:]))
            and len(text[row[0]:days[0].start].split()) <= MAX_ROW_LABEL_WORDS)


def heads_flat_row(text: str, header: Span, row: Span, on_row: list[Timex]) -> bool:
    """The unmarked row is only dates side by side (a label before them aside), and the header
    line cuts into a name for each of its cells: a table whose columns name its days, not a list
    of days under one heading (listed_meetings leaves it to column_cell)."""
    if any(m in text[row[0]:row[1]] for m in CELL_MARKS):
        return False
    days = without_notes(text, sorted((t for t in on_row if t.type == "DATE"), key=lambda t: t.start))
    if len(days) < 2 or any(not blank_between(text, a.end, b.start) for a, b in zip(days, days[1:])):
        return False
    width = len(days) + (1 if any(c.isalnum() for c in text[row[0]:days[0].start]) else 0)
    return len(_flat_heads(text, header, width)) == width


def _written_days(on_row: list[Timex]) -> list[Timex]:
    """The row's days written with their number, in order: its date cells ("Christmas" or
    "Autumn" in a label is no cell, nor a count closing the row read with the next line's month,
    "26\nFebruary")."""
    return sorted((t for t in on_row if t.type == "DATE" and t.interval is not None and "\n" not in t.text
                   and t.interval.granularity == "day" and any(c.isdigit() for c in t.text)),
                  key=lambda t: t.start)


_NOTE = re.compile(r"\([^()\n]*\)")
_NOTE_MARKS = " \t|*†‡"     # footnote marks a noted cell keeps after its bracket ("(Previously ...)**")


def _cell_days(text: str, on_row: list[Timex]) -> list[Timex]:
    """The row's written days that are cells (without_notes)."""
    return without_notes(text, _written_days(on_row))


def without_notes(text: str, days: list[Timex]) -> list[Timex]:
    """The days (in order) less those inside a bracket opened after an earlier day of the row: that
    cell's note ("Tuesday, 14th May 2030 (Previously scheduled for 15th May 2030)"), no cell of its
    own. One sweep over the days."""
    kept: list[Timex] = []
    depth, at = 0, None
    for day in days:
        if at is not None:
            between = text[at:day.start]
            depth = max(0, depth + between.count("(") - between.count(")"))
        if not (kept and depth > 0):
            kept.append(day)
        at = day.start
    return kept


def blank_between(text: str, start: int, end: int) -> bool:
    """Nothing but blanks, footnote marks and a bracketed note between two cells' days."""
    return not _NOTE.sub("", text[start:end]).strip(_NOTE_MARKS)


def period_row(text: str, row: Span, timex: Timex, on_row: list[Timex],
               header: Span | None = None) -> ColumnCell | None:
    """A row of a label and two days side by side, nothing but blanks between them (their cells'
    breaks lost in extraction: "Half TermMonday 27th OctoberFriday 31st October"; the label may
    close the row instead: "Monday 25th May Friday 29th May Half Term"), the last within
    MAX_PERIOD_DAYS after the first: one span named by the label, when the label names a period
    (``period_row_nouns``: "Term 1", "Christmas break") or the header line over the rows says
    its columns are a start and an end ("First DayLast Day", "Starts Finishes"). None for any
    other row: two days with a label between them are two items ("Deadline 5 July Result 9 July")."""
    days = _written_days(on_row)
    if len(days) != 2 or text[days[0].end:days[1].start].strip():
        return None
    label = row_label_text(text[row[0]:days[0].start])
    if not any(c.isalnum() for c in label):      # "Monday 25th May Friday 29th May Half Term": the label after
        label = row_label_text(text[days[1].end:row[1]])
    words = {w.strip(".,;:()").lower() for w in label.split()}
    if not label or len(label.split()) > MAX_ROW_LABEL_WORDS:
        return None
    if not words & word_list("period_row_nouns") and not (header is not None and _says_period(text[header[0]:header[1]])):
        return None
    first, last = (d.interval.start for d in days)
    if not 0 < (last - first).days <= MAX_PERIOD_DAYS:
        return None
    if timex is days[1]:
        return ColumnCell(None, inside=True)
    return ColumnCell(label, until=days[1]) if timex is days[0] else None


def period_row_days(text: str, row: Span, on_row: list[Timex], header: Span | None) -> bool:
    """The unmarked row reads as one period (period_row): its days are the label's span, which a
    reader of a date-led line or a sentence would cut to its first day."""
    days = _written_days(on_row)
    return len(days) == 2 and period_row(text, row, days[0], on_row, header) is not None


def row_label_text(lead: str) -> str:
    """A row's label as written before its first day, cells run together taken apart at a small
    letter or a digit met by a capital ("AutumnTerm 2025Wednesday" -> "Autumn Term 2025"), and a
    weekday that belongs to the day after it left out."""
    words = " ".join(_unglued(w) for w in lead.split()).split()
    while words and words[-1].lower().strip(".,") in weekday_words():
        words.pop()
    return " ".join(words).strip(" *_:|-–—,")


def _unglued(word: str) -> str:
    """A word cut where a small letter or a digit meets a capital with a small letter after it,
    each side at least GLUE_MIN letters or a number ("AutumnTerm", "2025First"; not "McDonald")."""
    cuts = [k for k in range(1, len(word) - 1)
            if word[k].isupper() and word[k + 1].islower() and (word[k - 1].islower() or word[k - 1].isdigit())]
    pieces: list[str] = []
    last = 0
    for k in cuts:
        head = word[last:k]
        if len(head) >= GLUE_MIN or head.isdigit():
            pieces.append(head)
            last = k
    pieces.append(word[last:])
    if len(pieces) > 1 and len(pieces[-1]) < GLUE_MIN:
        pieces[-2:] = ["".join(pieces[-2:])]
    return " ".join(pieces)


def _says_period(header: str) -> bool:
    """The header line names a start column and, after it, an end column ("First DayLast Day",
    "Start Date End Date"), its glued cells taken apart."""
    words = [w.strip(" .:*|()").lower() for w in " ".join(_unglued(w) for w in header.split()).split()]
    words = [w for w in words if w]

    def at(phrases: frozenset[str]) -> int | None:
        found = [k for k in range(len(words)) for p in phrases if words[k:k + len(p.split())] == p.split()]
        return min(found, default=None)

    first = at(_bound_phrases("column_start_headers"))
    last = at(_bound_phrases("column_end_headers"))
    return first is not None and last is not None and first < last


def _bound_phrases(name: str) -> frozenset[str]:
    """The start or end headers that say so alone: "from" and "to" head many other columns
    (column_bound_links)."""
    return word_list(name) - word_list("column_bound_links")


def _flat_heads(text: str, header: Span, width: int) -> list[str]:
    """An unmarked header line cut into ``width`` names: after each date word (and a year
    right after it), else one word a name; [] when neither gives that many."""
    words = text[header[0]:header[1]].split()
    stops = word_list("date_header_words")
    heads: list[str] = []
    current: list[str] = []
    for at, word in enumerate(words):
        core = current[:-1] if current and _a_year(current[-1]) else current     # "date 2021": a year after it
        if _date_of(words, at, stops):
            if current:         # "... Date of Board Sitting Date of Statement": the date word opens its cell
                heads.append(" ".join(current))
            current = []
        elif core and core[-1].lower().strip(".,;:()*") in stops and not _a_year(word) \
                and not _date_of(words, at - 1, stops):
            heads.append(" ".join(current))
            current = []
        current.append(word)
    if current:
        heads.append(" ".join(current))
    if len(heads) == width:
        return [h.strip(" *_:") for h in heads]
    single = [w.strip(" *_:") for w in words]
    if len(words) == width and _period(single, [True] * width) is not None:
        return single          # "Term Starts Ends": one word a column, only when they make a period
    return []


def _a_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit()


def _period(names: list[str], dated: list[bool]) -> tuple[int, int] | None:
    """The cells (start, end) of a start column and an end column, both dated, or None."""
    starts = word_list("column_start_headers")
    ends = word_list("column_end_headers")
    lowered = [" ".join(n.lower().strip(" .:*").split()) for n in names]
    first = next((k for k, n in enumerate(lowered) if n in starts and dated[k]), None)
    last = next((k for k, n in enumerate(lowered) if n in ends and dated[k]), None)
    if first is None or last is None or last <= first:
        return None
    return first, last


def _shifted_period(names: list[str], dated: list[Timex | None]) -> tuple[int, int] | None:
    """A header that lost its empty corner cell ("Start | Finish | |" over "Term 1 | February 2 |
    April 6 |"): its start and end columns one cell left of the row's only two date cells, which
    stand next to each other after a label cell. None for any other row."""
    period = _period(names, [True] * len(names))
    days = [k for k, t in enumerate(dated) if t is not None]
    if period is None or len(days) != 2 or days[0] < 1 or days[1] != days[0] + 1:
        return None
    return (days[0], days[1]) if period == (days[0] - 1, days[1] - 1) else None


def _without_days(text: str, cell: Span, on_row: list[Timex]) -> str:
    """The cell's words outside its dates."""
    kept, at = [], cell[0]
    for t in sorted((t for t in on_row if cell[0] <= t.start and t.end <= cell[1]), key=lambda t: t.start):
        kept.append(text[at:t.start])
        at = t.end
    kept.append(text[at:cell[1]])
    return " ".join("".join(kept).split())


def _own_name(text: str, cell: Span, on_row: list[Timex]) -> ColumnCell | None:
    """A date cell that names its own day ("Monday 27th October Labour Day"): its words, when it
    holds one day only; a cell of several days and names is left to the line readers."""
    if len([t for t in _written_days(on_row) if cell[0] <= t.start < cell[1]]) != 1:
        return None
    name = _without_days(text, cell, on_row).strip(" -–—:;,.*_()")
    return ColumnCell(name) if any(c.isalpha() for c in name) else None


def bound_only(title: str) -> bool:
    """A row's name that only says a period starts or ends ("Starts", "Ends", "Last day"): the
    subject is the sub-heading over the rows ("Daylight Savings")."""
    phrase = " ".join(title.lower().strip(" .:*_").split())
    bounds = _bound_phrases("column_start_headers") | _bound_phrases("column_end_headers")
    parts = word_list("bound_title_parts")
    return phrase in bounds and all(w in bounds or w in parts for w in phrase.split())


def sub_heading_over(text: str, start: int) -> str | None:
    """The sub-heading over a table row starting at ``start``: the nearest line above, past the
    table's other rows, that is a short line of words with no cell marks ("Daylight Savings") or a
    table line whose first cell alone has words ("Term 1 | ||"); a row above labelled "Daylight Savings
    Ends" is own_rows' to share; None at a blank line, a longer
    line of text, or after MAX_ROWS_OVER lines."""
    at = start
    for _ in range(MAX_ROWS_OVER):
        if at <= 0:
            return None
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above:at - 1]
        if not line.strip():
            return None
        mark = next((m for m in CELL_MARKS if m in line), None)
        if mark is not None:
            cells = _cells(text, (above, at - 1), mark)
            if _a_subheading(text, cells):
                head = _cell_text(text, cells[0])
                return None if all(w.lower().strip(".,:*") in month_words() for w in head.split()) else head
            worded = [1 for a, b in cells if any(c.isalpha() for c in text[a:b])]
            if len(worded) >= 2 and not any(c.isdigit() for c in line):
                return None     # the table's header: what stands over it is no sub-heading of these rows
        else:
            words = line.split()
            numbers = [w for w in words if any(c.isdigit() for c in w)]
            if len(words) > MAX_SUB_HEADING_WORDS or not all(_a_year(w.strip(".,:*")) for w in numbers):
                return None
            if all(w.lower().strip(".,:*") in month_words() or w.strip(".,:*").isdigit() for w in words):
                return None     # "APRIL": a month row carries its month to the rows, it names none of them
            return " ".join(words).strip(" #*_:")
        at = above
    return None


def _cell_text(text: str, cell: Span) -> str:
    return " ".join(text[cell[0]:cell[1]].split()).strip(" *_:")


def _a_subheading(text: str, cells: list[Span]) -> bool:
    """A table line whose first cell alone has words ("Term 1 | ||"): a sub-heading of the rows
    under it, not the header that names their columns."""
    return (len(cells) >= 2 and any(c.isalpha() for c in text[cells[0][0]:cells[0][1]])
            and not any(text[a:b].strip(" *_:|") for a, b in cells[1:]))


def _header_over(text: str, line: Span, mark: str) -> Span | None:
    """The table's header over a sub-heading: the nearest line above, within MAX_ROWS_OVER lines
    of the same table (each holding ``mark``), with two cells of words or more and no number but
    a year; None when the table starts first."""
    at = line[0]
    for _ in range(MAX_ROWS_OVER):
        if at <= 0:
            return None
        above = text.rfind("\n", 0, at - 1) + 1
        span = (above, at - 1)
        if mark not in text[above:at - 1]:
            return None
        cells = _cells(text, span, mark)
        worded = [text[a:b] for a, b in cells if any(c.isalpha() for c in text[a:b])]
        numbers = [w for a, b in cells for w in text[a:b].split() if any(c.isdigit() for c in w)]
        if len(worded) >= 2 and all(_a_year(w.strip(".,:*")) for w in numbers):
            return span
        at = above
    return None


def _row_label(label: str, head: str) -> str | None:
    """A period row's name: its label cell, a bare number after the label column's header
    ("Term" over "1" -> "Term 1")."""
    if not label:
        return None
    if label.isdigit() and head and not head[0].isdigit():
        return f"{head} {label}"
    return label


def _cells(text: str, line: Span, mark: str) -> list[Span]:
    """The cells of a line cut at ``mark``, a bordered row's empty outer cells left out."""
    spans: list[Span] = []
    start = line[0]
    at = text.find(mark, start, line[1])
    while at >= 0:
        spans.append((start, at))
        start = at + 1
        at = text.find(mark, start, line[1])
    spans.append((start, line[1]))
    if spans and not text[spans[0][0]:spans[0][1]].strip():
        spans = spans[1:]
    if spans and not text[spans[-1][0]:spans[-1][1]].strip():
        spans = spans[:-1]
    return spans


def row_headers(text: str, lines: list[Span], shapes: list[str]) -> dict[int, Span | None]:
    """Each line of a block (by its start) with the header line over the run of date rows it stands
    in, or None; ``shapes``: each line's shape ("bare", "named", "label", "text"). One pass: a run's
    rows share what stands above the run (a markdown rule "|---|" is skipped), which a walk back
    from every row of a long table found again for each."""
    found: dict[int, Span | None] = {}
    current: Span | None = None
    for (a, b), shape in zip(lines, shapes):
        found[a] = current
        if set(text[a:b]) <= _RULE_CHARS or shape in ("bare", "named"):
            continue             # a markdown table's rule, or another row of dates: the run goes on
        current = (a, b) if shape == "label" else None
    return found


def _date_of(words: list[str], at: int, stops: frozenset[str]) -> bool:
    """Whether the header word at ``at`` is a date word with "of" after it ("Date of Announcement")."""
    return (0 <= at < len(words) - 2 and words[at].lower().strip(".,;:()*") in stops
            and words[at + 1].lower() in word_list("date_header_links"))


def _without_date_words(name: str) -> str:
    """"Hearing Date" -> "Hearing", "Meeting date 2021" -> "Meeting", "Date of Announcement" ->
    "Announcement"; "Date" alone names nothing."""
    words = name.split()
    stops = word_list("date_header_words")
    if _date_of(words, 0, stops):
        words = words[2:]
    while words and (words[-1].lower().strip(".,;:()") in stops or _a_year(words[-1])):
        words.pop()
    return " ".join(words)
