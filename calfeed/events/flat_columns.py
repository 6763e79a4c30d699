"""Columns of a table flattened to a run of bare dates, one a line: a board's calendar copied
from a web page loses its cell borders, so a header of several columns ("Board meeting |
Agenda items due | Papers due") stands over a run of lines that each hold one day, row by row:

    Meeting date
    Agenda items due
    Papers due
    Tuesday, 4 February
    Friday, 17 January
    Friday, 24 January
    Tuesday, 1 April
    ...

Each day is an entry of its column: a meeting under the meeting column, a deadline under a
"... due" column (titled with the meeting it is due for), never an item of the day above it.
The header's cells are the lines over the run (as many as the run's rows are wide, each
column's days in order); a header run together on one line still shows the width by the
days, each column's days following on, and the meeting column is the one whose day comes
last in every row. A clock the page states once for all of a column's days ("The meeting
begins at 8:30 a.m.", "Papers are to reach the office no later than 5:00 pm") times each of
them, not the day written nearest to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from calfeed.events.arrival_times import UNTIMED_KINDS
from calfeed.events.attached_clock import timed_day
from calfeed.events.date_headings import MAX_HEADER_CELL
from calfeed.events.deadline_clock import clock_of
from calfeed.events.phrases import kind_of, noun_phrases
from calfeed.events.table_columns import column_kind
from calfeed.events.vocabulary import find_phrase, phrase_list, singular_nouns, title_words, word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import by_line, line_bounds, line_spans

MIN_DAYS = 4              # days in a run that may be a flattened table
MAX_COLUMNS = 6           # columns of such a table
MAX_NOTE_WORDS = 8        # "(Where possible pending COVID-19 restrictions)": a note line among the days
DAY_MARKS = " \t*_|:"      # what may stand around a bare day on its line


@dataclass(frozen=True)
class ColumnDay:
    """One day of a flattened table: its entry's title and kind, timed by the column's clock."""

    title: str
    kind: str
    timex: Timex              # the day, timed when the page gives its column a clock
    clock: Timex | None
    line: tuple[int, int]     # the day's line


def column_days(text: str, ordered: list[Timex]) -> tuple[dict[int, ColumnDay], set[int]]:
    """Each flattened table's days (by the day's id) and the ids of the clocks that time them."""
    lines = line_spans(text)
    on_line = by_line(lines, ordered)
    found: dict[int, ColumnDay] = {}
    clocks_used: set[int] = set()
    k = 0
    while k < len(lines):
        run = _run(text, lines, k, on_line)
        day_lines = [j for j in run for _ in _bare_days(text, lines[j], on_line.get(j, []))]
        if len(day_lines) < MIN_DAYS:
            k = run[-1] + 1 if run else k + 1
            continue
        days = [d for j in run for d in _bare_days(text, lines[j], on_line.get(j, []))]
        shown = {len(_bare_days(text, lines[j], on_line.get(j, []))) for j in run} - {1}
        table = _columns(text, lines, run[0], days, on_line, shown.pop() if len(shown) == 1 else None)
        if table is not None:
            names, kinds = table
            width = len(names)
            event_at = next((c for c in range(width) if kinds[c] not in UNTIMED_KINDS), None)
            bounds = (lines[run[0]][0], lines[run[-1]][1])
            clocks = {c: _column_clock(text, ordered, kinds[c], names[c] or names[event_at or 0], bounds)
                      for c in range(width)}
            for n, (j, day) in enumerate(zip(day_lines, days)):
                column, row = n % width, n - n % width
                event_day = days[row + event_at].text if event_at is not None else ""
                title = _title(names, kinds, column, event_at, event_day)
                clock = clocks[column]
                timed = timed_day(day, clock) if clock is not None else day
                found[id(day)] = ColumnDay(title, kinds[column], timed, clock, lines[j])
                if clock is not None:
                    clocks_used.add(id(clock))
        k = run[-1] + 1
    return found, clocks_used


def _run(text: str, lines: list[tuple[int, int]], k: int, on_line: dict[int, list[Timex]]) -> list[int]:
    """The lines from ``k`` on that hold only bare days, one or a row of them side by side
    ("8th Jul29th July 11th Aug": a table's row run together); blank lines and a bracketed note
    line ("(Where possible pending ...)") between them aside."""
    run: list[int] = []
    j = k
    while j < len(lines):
        a, b = lines[j]
        said = text[a:b].strip()
        if not said or run and note_line(said) and not on_line.get(j):
            j += 1
            continue
        if not _bare_days(text, lines[j], on_line.get(j, [])):
            break
        run.append(j)
        j += 1
    return run


def note_line(said: str) -> bool:
    """A line that is one bracketed remark of a few words: a note on the cell above, no cell
    of its own ("(Where possible pending COVID-19 restrictions)")."""
    return said.startswith("(") and said.endswith(")") and said.count("(") == 1 and len(said.split()) <= MAX_NOTE_WORDS


def _bare_days(text: str, line: tuple[int, int], dated: list[Timex]) -> list[Timex]:
    """The line's days when it holds only days written with their number, else []."""
    if not dated or len(dated) > MAX_COLUMNS:
        return []
    for day in dated:
        if (day.type != "DATE" or day.interval is None or day.interval.granularity != "day"
                or day.end_interval is not None or day.approximate or not any(c.isdigit() for c in day.text)):
            return []
    edges = [line[0]] + [e for d in dated for e in (d.start, d.end)] + [line[1]]
    if any(text[a:b].strip(DAY_MARKS) for a, b in zip(edges[::2], edges[1::2])):
        return []
    return list(dated)


def _ascending(days: list[Timex], width: int) -> bool:
    """Whether each of ``width`` columns' days follow on, row after row."""
    if len(days) % width or len(days) // width < 2:
        return False
    return all(days[n].interval.start < days[n + width].interval.start for n in range(len(days) - width))


def _columns(text: str, lines: list[tuple[int, int]], first: int, days: list[Timex],
             on_line: dict[int, list[Timex]], shown: int | None = None) -> tuple[list[str], list[str]] | None:
    """The columns' names and kinds, from the header over the run's first line, else None.
    ``shown``: the width the run's lines of several days show, when they agree."""
    if _ascending(days, 1) and shown is None:
        return None               # one column of days in order: a plain list
    block: list[int] = []
    j = first - 1
    while j >= 0 and not text[lines[j][0]:lines[j][1]].strip():
        j -= 1
    while j >= 0 and text[lines[j][0]:lines[j][1]].strip() and len(block) <= MAX_COLUMNS:
        block.insert(0, j)
        j -= 1
    if not block or any(on_line.get(j) for j in block):
        return None
    cells = _joined([" ".join(text[lines[j][0]:lines[j][1]].strip(DAY_MARKS).split()) for j in block])
    tried = [cells[-width:] for width in range(min(len(cells), MAX_COLUMNS), 1, -1)] + [_split_cells(cells[-1])]
    for names in tried:       # the header's cells: its last lines, or the cells of its one line
        if 2 <= len(names) <= MAX_COLUMNS and all(len(n) <= MAX_HEADER_CELL for n in names) \
                and _ascending(days, len(names)) and shown in (None, len(names)):
            return [_name(n) for n in names], [_kind(n) for n in names]
    return _run_together(cells[-1], days)


def _joined(cells: list[str]) -> list[str]:
    """Header lines with a line that opens in lower case joined to the one above: a cell's name
    broken over two lines ("Contract Signing Date" / "for grant approved")."""
    joined: list[str] = []
    for cell in cells:
        if joined and cell[:1].islower():
            joined[-1] = f"{joined[-1]} {cell}"
        else:
            joined.append(cell)
    return joined


def _split_cells(line: str) -> list[str]:
    """The cells of a header written on one line with pipes or tabs between them."""
    for mark in ("|", "\t"):
        if mark in line:
            return [c.strip() for c in line.split(mark) if c.strip()]
    return []


def _run_together(header: str, days: list[Timex]) -> tuple[list[str], list[str]] | None:
    """Columns of a header whose cells ran together on one line: the width the days show, the
    column whose day comes last in every row held as the event the header names, every other
    column its deadlines, when the header says something is due."""
    named = [column_kind(w.text) for w in words_in(header, 0, len(header))]
    if not any(kind is not None and kind[0] == "deadline" for kind in named):
        return None
    event = _event_name(header)
    if event is None:
        return None
    for width in range(2, MAX_COLUMNS + 1):
        if not _ascending(days, width):
            continue
        rows = [days[r:r + width] for r in range(0, len(days), width)]
        last = {max(range(width), key=lambda c: row[c].interval.start) for row in rows}
        if len(last) != 1:
            return None
        event_at = last.pop()
        names = [event if c == event_at else "" for c in range(width)]
        return names, [kind_of(event) if c == event_at else "deadline" for c in range(width)]
    return None


def _event_name(header: str) -> str | None:
    """The first event the header names ("Board Meeting" of "... Agenda Item for Board Meeting Dates ...")."""
    words = words_in(header, 0, len(header))
    for phrase in noun_phrases(words, [], header):
        if phrase.kind not in UNTIMED_KINDS:
            return _name(header[words[phrase.first].start:words[phrase.head].end])
    return None


def _kind(name: str) -> str:
    """What a column's days are: a deadline or milestone its header's word says ("Papers due"),
    else what its event noun is held as ("Board meeting dates": meeting)."""
    named = column_kind(name)
    return named[0] if named is not None else kind_of(name)


def _name(name: str) -> str:
    """A column's name without the words saying only that it holds dates ("Meeting dates")."""
    noise = word_list("date_header_words")
    kept = [w for w in name.split() if w.lower().strip(".,:;()") not in noise]
    named = " ".join(kept).strip(" ,;:-–—")
    return named[:1].upper() + named[1:]


def _title(names: list[str], kinds: list[str], column: int, event_at: int | None, event_day: str) -> str:
    """A day's title: its column's name; a deadline's with the event it is due for."""
    if event_at is None or column == event_at or kinds[column] not in UNTIMED_KINDS:
        return names[column] or names[event_at or 0]
    if not names[column]:
        return f"{title_words()['deadline_for']} {names[event_at]} {event_day}"
    return f"{names[column]} ({names[event_at]} {event_day})"


def _column_clock(text: str, ordered: list[Timex], kind: str, name: str, run: tuple[int, int]) -> Timex | None:
    """The clock the page states once for every day of a column, outside the run: in a sentence
    with no day of its own that says when the column's event begins ("the Board Meeting day
    begins at 8:30 a.m.") or, for deadlines, when things are due ("no later than 5:00 pm")."""
    head = name.lower().split()[-1:] if name else []
    found: list[Timex] = []
    singulars = singular_nouns()
    for clock in ordered:
        if clock_of(clock) is None or run[0] <= clock.start < run[1]:
            continue
        start, end = _sentence(text, clock.start)
        if any(t.type == "DATE" and start <= t.start < end for t in ordered):
            continue              # "at 5pm on 3 May": a day's own clock
        before = [w.lower for w in words_in(text, start, clock.start)]
        if kind not in UNTIMED_KINDS:
            nouns = {singulars.get((w.lower,), w.lower) for w in words_in(text, start, end)}
            said = any(w in word_list("column_start_verbs") for w in before) and bool(head) and head[0] in nouns
        else:
            said = kind == "deadline" and find_phrase(before, phrase_list("column_deadline_clock_cues")) is not None
        if said:
            found.append(clock)
    return found[0] if len({clock_of(c) for c in found}) == 1 else None


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence of the line holding ``at``."""
    start, end = line_bounds(text, at)
    stop = text.rfind(". ", start, at)
    after = text.find(". ", at, end)
    return (stop + 2 if stop >= 0 else start), (after + 1 if after >= 0 else end)
