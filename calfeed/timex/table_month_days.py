"""Table rows whose first cell is a bare day under a row that names the month: a programme or
fixture table written with its month once, in a row of its own ("| October | | |") or in the first
cell of the month's first row ("| November | 7 | Internal Speaker |"), and the later rows giving
only the day ("| 14 | Special General Meeting |", "| Fri 16 | Sports day |").

Each such day is a date of that month, in the year of the last row that is only a year
("| 2026 | | |"), else year-less. Days run upward within a month; a row that goes back, a line
that is no table row or a row naming another month ends the month's rows. Two such days at
least make the list (a lone number in a table's first cell is more often a count or an index).
Without this the bare numbers are no dates at all and the rows give nothing."""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.lexicon import ordinal_ending
from calfeed.timex.month_then_days import (DAY_NUMBER, MONTH_WORD, UNWRITTEN, YEAR, Day, Layout, Month, MonthDays,
                                          counts_up_from_one)
from calfeed.timex.vocabulary import norm, vocabulary

_MIN_DAYS = 2
_CELL = re.compile(r"[^|\n]*")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A month cell (with its year, maybe), a day cell (a weekday before it, maybe) and a year cell."""
    from calfeed.timex.rules import expand

    month = re.compile(expand(r"[^\S\n]*" + MONTH_WORD + r"[^\S\n]*:?[^\S\n]*", lang),
                       re.IGNORECASE)
    day = re.compile(expand(r"[^\S\n]*(?:(?P<wd>%weekday)\.?,?[^\S\n]{1,3})?%cellDayLead?(?P<d>" + DAY_NUMBER + ")"
                            r"(?P<o>" + ordinal_ending(lang) + r")?"
                            r"(?:[^\S\n]{0,2}%cellDayLink[^\S\n]{0,2}(?P<d2>" + DAY_NUMBER + r")(?P<o2>" + ordinal_ending(lang) + r")?)?"
                            r"[^\S\n]*", lang), re.IGNORECASE)
    year = re.compile(rf"[^\S\n]*(?P<y>{YEAR})[^\S\n]*")
    return month, day, year


_NUMBER_ONLY = re.compile(r"[\s*]*[\d.,%£$€-]+[\s*]*")


def _worded_row(text: str, rest: list[tuple[int, int]]) -> bool:
    """The cells after a day cell say what happens: one holds letters and none holds only a
    number, else the row is a month's figures ("| January | 12 | 30 |"), not a day's item."""
    cells = [text[a:b] for a, b in rest]
    return any(any(c.isalpha() for c in cell) for cell in cells) and \
        not any(_NUMBER_ONLY.fullmatch(cell) for cell in cells if cell.strip())


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a table row's cells (the row opens with a bar)."""
    spans, pos = [], start + 1
    while pos < end:
        cell = _CELL.match(text, pos, end)
        spans.append((cell.start(), cell.end()))
        pos = cell.end() + 1
    return spans


def _numbered(days: list[Day]) -> bool:
    """Rows numbered 1, 2, 3 ... with no weekday: a numbered list, not days."""
    return not any(d.weekday for d in days) and counts_up_from_one([d.number for d in days])


def read(text: str, lang: str) -> list[MonthDays]:
    """Each bare day in a table row's first cell as a day of the month named above, by months."""
    month_cell, day_cell, year_cell = _patterns(lang)
    vocab = vocabulary(lang)
    blocks: list[MonthDays] = []
    current: MonthDays | None = None
    year = UNWRITTEN
    last_day = 0
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        row = line.strip()
        if not row.startswith("|"):
            if row:
                current, year = None, UNWRITTEN
            continue
        lead = start + line.index("|")
        cells = _cells(text, lead, start + len(line))
        if not cells:
            continue
        first = cells[0]
        if (found := year_cell.fullmatch(text, *first)) is not None:
            year, current = found.group("y"), None
            continue
        if (found := month_cell.fullmatch(text, *first)) is not None:
            current, last_day = MonthDays(Month.written(found, lang, year)), 0
            blocks.append(current)
            if len(cells) < 2:
                continue
            first = cells[1]        # "| November | 7 | Internal Speaker |": the month's first day beside it
        found = day_cell.fullmatch(text, *first)
        if found is not None and not _worded_row(text, cells[cells.index(first) + 1:]):
            found = None            # "| January | 12 | 30 |": a month's figures, no day of anything
        if found is None or current is None:
            if found is None and current is not None and text[first[0]:first[1]].strip():
                current = None      # a row of another kind ends the month's rows
            continue
        number = int(found.group("d"))
        if number <= last_day:
            current = None
            continue
        last_day = number
        weekday = int(vocab.weekdays[norm(found.group("wd"))]["iso"]) if found.group("wd") else None
        end, last = found.end("o") if found.group("o") else found.end("d"), None
        if found.group("d2"):       # "| 25th to 29th | Half Term |"; "| 22nd to 2nd |" runs into the next month
            last = int(found.group("d2"))
            end = found.end("o2") if found.group("o2") else found.end("d2")
        current.days.append(Day(found.start("wd") if found.group("wd") else found.start("d"), end, number, last, weekday))
    blocks = [block for block in blocks if not _numbered(block.days)]
    if sum(len(block.days) for block in blocks) < _MIN_DAYS:
        return []
    return blocks


TABLE_ROWS = Layout("month cell over day rows in a table", "|", read)
