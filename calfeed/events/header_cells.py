"""A table whose columns are kinds of meeting, each header cell naming its event and its
clock, over rows that hold one day a cell:

    Work Sessions - 7:00 a.m. | Board Meetings - 6:30 p.m. |
    |---|---|
    January 9, 2026 | January 12, 2026 |
    July 10, 2026 | Friday, July 10, 2026 (8:30 a.m.)** |

A row is no label with its dates: each cell is its own entry, named by its column's header
("Work session") and timed by the header's clock; a cell's own clock ("(8:30 a.m.)") wins.
Without this the first cell's day took the second cell's words as its title and the other
column's days were lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calfeed.events.arrival_times import UNTIMED_KINDS
from calfeed.events.attached_clock import timed_day
from calfeed.events.table_rows import pipe_cells
from calfeed.events.candidates import one_day
from calfeed.events.deadline_clock import clock_of
from calfeed.events.phrases import kind_of, noun_phrases
from calfeed.events.rule_rows import rule_row
from calfeed.events.settling import one_occasion
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import by_line, line_spans

MIN_ROWS = 2
MIN_COLUMNS = 2
MAX_NAME_WORDS = 6          # a header cell names its event in a few words
CELL_MARKS = " \t*†"        # footnote marks around a cell's day
_NOTE = re.compile(r"\([^()\n]{0,40}\)")


@dataclass(frozen=True)
class CellDay:
    """One day cell: its entry's title and kind, the day timed by its column's clock (or its own)."""

    title: str
    kind: str
    timex: Timex
    clock: Timex | None
    line: tuple[int, int]     # the day's cell: one entry each, as one item line under a date heading


def header_cell_days(text: str, ordered: list[Timex]) -> tuple[dict[int, CellDay], set[int]]:
    """Each day cell of such a table (by the day's id), and the ids of the header clocks that time them."""
    if "|" not in text:
        return {}, set()
    lines = line_spans(text)
    on_line = by_line(lines, ordered)
    found: dict[int, CellDay] = {}
    clocks_used: set[int] = set()
    for j in range(1, len(lines) - 1):
        if not rule_row(text[lines[j][0]:lines[j][1]], 2) or rule_row(text[slice(*lines[j - 1])], 2):
            continue
        header = _header(text, lines[j - 1], on_line.get(j - 1, []))
        if header is None:
            continue
        rows = []
        k = j + 1
        while k < len(lines):
            row = _day_row(text, lines[k], on_line.get(k, []), len(header))
            if row is None:
                break
            rows.append((k, row))
            k += 1
        if len(rows) < MIN_ROWS:
            continue
        for k, row in rows:
            for (title, kind, clock), (day, cell) in zip(header, row):
                if day is None:
                    continue
                timed = day
                if clock is not None and day.type == "DATE" and kind not in UNTIMED_KINDS:
                    timed = timed_day(day, clock)
                    clocks_used.add(id(clock))
                found[id(day)] = CellDay(title, kind, timed, clock if timed is not day else None, cell)
        for _, _, clock in header:
            if clock is not None:
                clocks_used.add(id(clock))
    return found, clocks_used


def _header(text: str, line: tuple[int, int], dated: list[Timex]
            ) -> list[tuple[str, str, Timex | None]] | None:
    """Each header cell's title, kind and clock, when every cell names an event ("Board
    Meetings - 6:30 p.m."), else None."""
    if "|" not in text[line[0]:line[1]]:
        return None
    out = []
    dashes = word_list("label_dashes")
    for a, b in pipe_cells(text, *line):
        inside = [t for t in dated if a <= t.start and t.end <= b]
        if any(clock_of(t) is None for t in inside) or len(inside) > 1:
            return None             # a day or a span in the header: a label column's table
        clock = inside[0] if inside else None
        name_end = clock.start if clock is not None else b
        name = text[a:name_end].strip()
        while name and (name[-1] in dashes or name[-1] in ":,@" or name.split()[-1].lower() in word_list("header_clock_links")):
            name = name[:-1].strip() if name[-1] in dashes or name[-1] in ":,@" else name.rsplit(None, 1)[0]
        if not name or len(name.split()) > MAX_NAME_WORDS:
            return None
        phrases = [p for p in noun_phrases(words_in(name, 0, len(name)), [], name) if p.kind not in UNTIMED_KINDS]
        if not phrases and clock is None:
            return None             # a cell with neither an event nor a clock names no column of entries
        title = one_occasion(" ".join(name.split()))
        out.append((title, phrases[0].kind if phrases else kind_of(title), clock))
    return out if len(out) >= MIN_COLUMNS else None


def _day_row(text: str, line: tuple[int, int], dated: list[Timex], width: int
             ) -> list[tuple[Timex | None, tuple[int, int]]] | None:
    """The day of each cell of a row whose cells hold a day each (or nothing), else None."""
    if "|" not in text[line[0]:line[1]]:
        return None
    cells = pipe_cells(text, *line)
    if len(cells) != width:
        return None
    row: list[tuple[Timex | None, tuple[int, int]]] = []
    for a, b in cells:
        inside = [t for t in dated if a <= t.start and t.end <= b]
        if not inside:
            if text[a:b].strip(CELL_MARKS):
                return None
            row.append((None, (a, b)))
            continue
        if len(inside) != 1 or not one_day(inside[0]):
            return None
        day = inside[0]
        rest = _NOTE.sub(" ", text[a:day.start] + " " + text[day.end:b])
        if rest.strip(CELL_MARKS):
            return None
        row.append((day, (a, b)))
    return row if any(d is not None for d, _ in row) else None
