"""Rows of a diary written with pipes but with no table header: "Thursday 2nd March | All day |
Whole school 'World Book day' – children to bring a plain white T-shirt |". A school, club or
parish diary copied from a web page keeps its cell borders, often with rows of unequal width
and a row's cells broken over lines ("Friday 10th February |" / "All day" / "3pm |" / "Year 2
Inventors Day |"). The first cell is the row's date; a cell that says only when in the day
("All day", "3pm", "p.m.") is no name; the first other cell with words names the row, its note
after a dash ("– details TBC closer to the date") left out, and a date inside that note
("booking links will be sent w/c 7th February") is the note's, not another entry.

A run of such lines tells a diary from page furniture: a line is a row when its first cell
starts with a date and a line near it does so too ("Posted 3 May 2027 | News" is no row)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from calfeed.events.candidates import GRANULARITY_ORDER, date_not_written
from calfeed.events.cut_titles import cut_title
from calfeed.events.holiday_names import HOLIDAY_RULES
from calfeed.events.quote_marks import ENGLISH, quote_pairs
from calfeed.events.row_cells import first_cell
from calfeed.events.span_index import IndexedSpans
from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.model import Timex
from calfeed.text import first_on_line, line_end, lines_near, start_of_line
from calfeed.timex.month_then_days import HEADING_MONTH

MAX_ROW_LINES = 6        # lines of one row whose cells a copied page broke apart ("| Date |" ... "Meeting Day |")
NEAR_LINES = MAX_ROW_LINES + 1    # lines looked over, each way, for another row opened by a date
MAX_NAME_WORDS = 6       # words of a name before the date in a row's first cell ("HALF TERM -")
NOTE_WORDS = 4           # words after a dash that make it a note on the name, not part of it
DASHES = (" – ", " — ", " - ")
_CELL_EDGE = " \t|*_"
EMPTY_CELL = "|"


def _opening(text: str, start: int, dates: Sequence[tuple[int, int]]) -> str | None:
    """"strict" when the line's first cell starts with a date, "loose" when the cell holds one
    after a name ("HALF TERM - Monday 13th to Friday 17th February |"), else None."""
    cell = first_cell(text, start, line_end(text, start))
    if cell is None:
        return None
    first_at = bisect_left(dates, (cell[0], -1))
    inside = [(a, b) for a, b in dates[first_at:bisect_left(dates, (cell[1], -1))] if b <= cell[1]]
    if not inside:
        return None
    first, last = min(inside), max(inside)
    if first[0] == cell[0]:
        return "strict"
    if text[last[1]:cell[1]].strip(" \t.,;:*_") or len(text[cell[0]:first[0]].split()) > MAX_NAME_WORDS:
        return None          # "Parent Consultations – links will be sent w/c 7th February via ParentMail |": a note
    return "loose"


def _near_lines(text: str, start: int) -> list[int]:
    """The starts of the lines with words (pipes alone are no words) up to NEAR_LINES each way."""
    return [near for near in lines_near(text, start, NEAR_LINES, NEAR_LINES)
            if text[near:line_end(text, near)].strip(" \t|")]


ROW_GRAINS = frozenset(GRANULARITY_ORDER[GRANULARITY_ORDER.index("month"):])


def row_days(ordered: Sequence[Timex]) -> list[tuple[int, int]]:
    """The spans, in order, of the dates that may open a diary row: a written week, day or time ("w/c 27th
    February", "Thursday 2nd March") or month ("| Mid August 2026 |" / "Deadline for panels |"
    in a plan's timeline); not a season or a year ("Spring Semester 2025" heads a
    term), a holiday's name ("Labor Day, University closed"), a clock with no day ("3pm |") or a
    month over its day rows ("| November | 7 | Internal Speaker |": the row is the 7th's)."""
    return sorted((t.start, t.end) for t in ordered
                  if t.type in ("DATE", "TIME") and t.interval is not None and t.interval.granularity in ROW_GRAINS
                  and t.rule not in HOLIDAY_RULES and t.rule != HEADING_MONTH and not date_not_written(t))


def date_cell_row(text: str, start: int, days: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The (start, end) of the diary row whose line starts at ``start``, or None when the line
    is no such row; ``days`` as :func:`row_days` gives them (in order). A row whose line holds only its
    date cell runs on over the lines below it up to the next row, a blank line or a bordered
    line ("| ... |", a table's own row) aside."""
    if first_on_line(text, start, "|") < 0:
        return None          # most lines: no cell border, no row (and no pass over every date)
    if _opening(text, start, days) is None:
        return None
    if not any(_opening(text, near, days) == "strict" for near in _near_lines(text, start)):
        return None
    end = line_end(text, start)
    cell = first_cell(text, start, end)
    if cell is None or text[cell[1] + 1:end].strip(" \t|"):
        return start, end
    bordered = text[start:cell[0]].strip(" \t") == EMPTY_CELL     # "| January 4 |" / "Thursday |" / "Classes Begin |"
    for _ in range(MAX_ROW_LINES - 1):
        if end >= len(text):
            break
        below = end + 1
        line = text[below:line_end(text, below)]
        if bordered and not line.strip():
            past = _past_blank_lines(text, below)
            if past is not None:
                below = past        # a table's cells set one a line, indented, blank lines between them
                line = text[below:line_end(text, below)]
        if line.strip(" \t") == EMPTY_CELL and text[start:end].rstrip().endswith(EMPTY_CELL):
            end = line_end(text, below)     # "Regular Session |" / "|" / "DMS |": an empty cell, the row goes on
            continue
        if not line.strip(" \t|") or line.lstrip().startswith("|") or (
                _opening(text, below, days) is not None and not (bordered and weekday_cell(line))):
            break
        end = line_end(text, below)
    return start, end


def weekday_cell(line: str) -> bool:
    """A cell that is only its row's weekday ("Thursday |", "Thursday-Wednesday |"): it restates
    the day the row's first cell writes, and opens no row of its own."""
    words = line.replace("-", " ").replace("–", " ").strip(" \t|").lower().split()
    return bool(words) and all(w.strip(".,") in weekday_words() for w in words)


def _past_blank_lines(text: str, at: int) -> int | None:
    """Where the first line with words after the blank lines from ``at`` starts, when it is a
    cell closed by its pipe and opens no row of its own ("Thursday |"), within MAX_ROW_LINES lines."""
    for _ in range(MAX_ROW_LINES):
        end = line_end(text, at)
        line = text[at:end]
        if line.strip():
            body = line.strip(" \t")
            return at if body.endswith(EMPTY_CELL) and not body.startswith(EMPTY_CELL) else None
        if end >= len(text):
            return None
        at = end + 1
    return None


def time_cell(words: str) -> bool:
    """A cell saying only when in the day the row's date is ("All day", "p.m.", "All week"), its
    clock already taken out."""
    bare = " ".join(words.lower().replace("-", " ").split()).strip(" .,;")
    return bare in word_list("time_cells") or bare.replace(".", "") in word_list("time_cells")


def past_time_cells(rest: str) -> str:
    """The rest of a tab-separated diary row after its time cells ("All day⇥Year 4 trip to the
    zoo" -> "Year 4 trip to the zoo"): a time cell names no row there either."""
    while "\t" in rest:
        cell, after = rest.split("\t", 1)
        if not cell.strip() or not time_cell(cell):
            break
        rest = after.lstrip(" \t")
    return rest


_QUOTE_PAIRS = tuple((pair.opening, pair.closing) for pair in quote_pairs(ENGLISH))


def row_name(cell: str) -> str:
    """The row's name in its cell: the words before a dash that opens a note ("Parent Consultations
    – school cloud links to book appointments will be sent ..."), quotes around a lone name
    taken off ("'Find Out Friday'")."""
    name = " ".join(cell.split()).strip(_CELL_EDGE).rstrip(" -–—,;:")     # "... parents – 9.00-9.30am", clock out
    name = cut_title(name)       # "Year 6 leavers assembly at 2pm", clock out: no dangling "at"
    cut = min((k for k in (name.find(d) for d in DASHES) if k > 0), default=-1)
    if cut > 0 and len(name[cut + 3:].split()) >= NOTE_WORDS:
        name = name[:cut].rstrip(" ,;:")
    for opening, closing in _QUOTE_PAIRS:
        inner = name[1:-1]
        if len(name) > 2 and name[0] == opening and name[-1] == closing and opening not in inner and closing not in inner:
            name = inner.strip()
    return name


def name_before_date(cell: str) -> str:
    """The name written before the date in a row's first cell ("HALF TERM - " of "HALF TERM -
    Monday 13th to Friday 17th February"), its separator taken off."""
    return " ".join(cell.split()).strip(" \t|*_-–—:,")


@dataclass
class DiaryRows:
    """The diary rows of one text, each line read once: framing asks for the row holding each
    of a page's dates, and the dates of one row, or of rows a few lines apart, ask of the same lines."""

    text: str
    days: list[tuple[int, int]]     # as :func:`row_days` gives them
    _opened: dict[int, tuple[int, int] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, ordered: Sequence[Timex]) -> DiaryRows:
        return cls(text, IndexedSpans(row_days(ordered)))

    def opened_at(self, start: int) -> tuple[int, int] | None:
        """:func:`date_cell_row` of the line starting at ``start``."""
        if start not in self._opened:
            self._opened[start] = date_cell_row(self.text, start, self.days)
        return self._opened[start]

    def holding(self, at: int) -> tuple[int, int] | None:
        """The diary row holding the position ``at``, on the row's date line or on a line it
        runs on over ("Parent Consultations – links will be sent w/c 7th February |" under
        "Wednesday 22nd February |" / "3.30-6pm |")."""
        start = start_of_line(self.text, at)
        for _ in range(MAX_ROW_LINES * 2):
            row = self.opened_at(start)
            if row is not None and weekday_cell(self.text[start:line_end(self.text, start)]):
                row = None        # "Thursday |" under "| January 4 |": the weekday of the row above
            if row is not None:
                return row if row[0] <= at < row[1] else None
            if start == 0:
                break
            start = start_of_line(self.text, start - 1)
        return None

