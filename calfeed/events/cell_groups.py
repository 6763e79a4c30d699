"""A table of terms flattened one cell a line: each row's description, then its date in each
term's column, every cell closed by its pipe.

    FALL |
    WINTER |
    SPRING |
    Last day of classes |
    November 30 |
    January 24 |
    May 8 |
    FINAL EXAMINATIONS |
    December 2-7 |
    |
    May 10-15 |

The description names every date cell under it (an empty cell, "|", is a column with no date
that term), not the date above it nor the one below. Without this a column's last date took
the next row's description as its title and the others had none. The column header's cells
("WINTER |", "SPRING |") are no dates of their own. The shape is read only when the rows repeat
it: two rows at least, as many cells each, two of them dates.
"""

from __future__ import annotations

from dataclasses import dataclass

from calfeed.events.candidates import one_day
from calfeed.events.date_cell_rows import row_name
from calfeed.events.phrases import label_kind
from calfeed.model import Timex
from calfeed.text import by_line, line_spans

MIN_ROWS = 2           # rows of one shape that make such a table
MIN_WIDTH = 2          # date cells a row spans
MAX_WIDTH = 6
MAX_LABEL_LINES = 4    # lines of one description cell ("Last day to add a class." / "Last day to drop ... |")
MAX_HEADER_WORDS = 3   # "FALL |", "Summer term |": a column's name
CELL_END = "|"
CELL_MARKS = " \t*_"


@dataclass(frozen=True)
class GroupDay:
    """One date cell: its row's description as title, and the kind the description says."""

    title: str
    kind: str
    timex: Timex
    line: tuple[int, int]     # the date's cell line


def grouped_days(text: str, ordered: list[Timex]) -> tuple[dict[int, GroupDay], set[int]]:
    """Each date cell of such a table (by the date's id), and the ids of the dates in its
    column header, which are no entries."""
    if CELL_END not in text:
        return {}, set()
    lines = line_spans(text)
    on_line = by_line(lines, ordered)
    rows: list[tuple[tuple[int, int], list[int]]] = []     # (label lines, value lines)
    j = 0
    while j < len(lines):
        cells = _values(text, lines, j, on_line)
        label = _label(text, lines, j - 1, on_line) if cells else None
        if label is None:
            j += 1
            continue
        rows.append((label, cells))
        j = cells[-1] + 1
    found: dict[int, GroupDay] = {}
    headers: set[int] = set()
    for table in _tables(rows):
        width = len(table[0][1])
        for label, cells in table:
            words = " ".join(text[lines[k][0]:lines[k][1]].strip() for k in range(label[0], label[1] + 1))
            title = row_name(words.rstrip(CELL_END + CELL_MARKS))
            if not any(c.isalpha() for c in title):
                continue
            kind = label_kind(title)
            for k in cells:
                for day in on_line.get(k, []):
                    found[id(day)] = GroupDay(title[:1].upper() + title[1:], kind, day, lines[k])
        headers |= _header_dates(text, lines, table[0][0][0] - 1, width, on_line)
    return found, headers


def _cell(text: str, line: tuple[int, int]) -> str | None:
    """The words of a line that is one cell closed by its pipe, else None."""
    body = text[line[0]:line[1]].strip()
    if not body.endswith(CELL_END) or body[:-1].count(CELL_END):
        return None
    return body[:-1].strip(CELL_MARKS)


def _date_cell(text: str, line: tuple[int, int], dated: list[Timex]) -> bool:
    """A cell that is one day or one span of days and nothing else ("December 2-7 |")."""
    words = _cell(text, line)
    if not words or len(dated) != 1 or not one_day_or_span(dated[0]):
        return False
    day = dated[0]
    return not (text[line[0]:day.start] + text[day.end:line[1]]).strip(CELL_MARKS + CELL_END)


def one_day_or_span(timex: Timex) -> bool:
    if one_day(timex):
        return True
    return (timex.type == "DATE" and timex.interval is not None and timex.end_interval is not None
            and timex.interval.granularity == "day")


def _values(text: str, lines: list[tuple[int, int]], j: int, on_line: dict[int, list[Timex]]) -> list[int]:
    """The lines from ``j`` on that are date cells or empty cells, when two at least hold a date."""
    cells: list[int] = []
    k = j
    while k < len(lines) and len(cells) < MAX_WIDTH:
        words = _cell(text, lines[k])
        if words is None or (words and not _date_cell(text, lines[k], on_line.get(k, []))):
            break
        cells.append(k)
        k += 1
    while cells and not on_line.get(cells[-1]):
        cells.pop()               # a trailing empty cell may open the next row
    return cells if sum(1 for k in cells if on_line.get(k)) >= MIN_WIDTH and len(cells) >= MIN_WIDTH else []


def _label(text: str, lines: list[tuple[int, int]], j: int, on_line: dict[int, list[Timex]]) -> tuple[int, int] | None:
    """The lines of the description cell that ends on line ``j``: words and no date, the last
    closed by its pipe, the ones above it open."""
    if j < 0:
        return None
    words = _cell(text, lines[j])
    if not words or on_line.get(j) or not any(c.isalpha() for c in words):
        return None
    first = j
    for _ in range(MAX_LABEL_LINES - 1):
        k = first - 1
        body = text[lines[k][0]:lines[k][1]].strip() if k >= 0 else ""
        if not body or body.endswith(CELL_END) or CELL_END in body or on_line.get(k):
            break
        first = k
    return first, j


def _tables(rows: list[tuple[tuple[int, int], list[int]]]) -> list[list[tuple[tuple[int, int], list[int]]]]:
    """Runs of rows one right after another (a row's label starting on the line after the
    last value line of the one before), MIN_ROWS at least, at least one MIN_WIDTH wide, and of
    at most two widths: a row may leave a term's cell empty ("MIDTERM" / "October 10 |" / "|" /
    "March 15 |": no WINTER date)."""
    tables: list[list[tuple[tuple[int, int], list[int]]]] = []
    for row in rows:
        if tables and row[0][0] == tables[-1][-1][1][-1] + 1:
            tables[-1].append(row)
        else:
            tables.append([row])
    return [t for t in tables if len(t) >= MIN_ROWS and len({len(c) for _, c in t}) <= 2
            and max(len(c) for _, c in t) >= MIN_WIDTH]


def _header_dates(text: str, lines: list[tuple[int, int]], j: int, width: int,
                  on_line: dict[int, list[Timex]]) -> set[int]:
    """The ids of the dates in the column header over the table's first row ("WINTER |",
    "SPRING |": season words, no dates of the page's)."""
    ids: set[int] = set()
    for k in range(j, max(-1, j - width - 1), -1):
        words = _cell(text, lines[k])
        if words is None or len(words.split()) > MAX_HEADER_WORDS:
            break
        ids |= {id(t) for t in on_line.get(k, []) if not one_day_or_span(t)}
    return ids
