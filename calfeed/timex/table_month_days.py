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

from calfeed.timex.builders import Atom
from calfeed.timex.heading_days import HEADING_DAY, HEADING_MONTH, in_place_of
from calfeed.timex.lexicon import ordinal_ending
from calfeed.timex.rawvalue import Raw
from calfeed.timex.vocabulary import norm, vocabulary

_MIN_DAYS = 2
_CELL = re.compile(r"[^|\n]*")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A month cell (with its year, maybe), a day cell (a weekday before it, maybe) and a year cell."""
    from calfeed.timex.rules import expand

    month = re.compile(expand(r"[^\S\n]*(?P<m>%monthName)(?:[^\S\n]{1,3}(?P<y>(?:1[6-9]|20)\d\d))?[^\S\n]*:?[^\S\n]*", lang),
                       re.IGNORECASE)
    day = re.compile(expand(r"[^\S\n]*(?:(?P<wd>%weekday)\.?,?[^\S\n]{1,3})?%cellDayLead?(?P<d>[12]\d|3[01]|0?[1-9])"
                            r"(?P<o>" + ordinal_ending(lang) + r")?"
                            r"(?:[^\S\n]{0,2}%cellDayLink[^\S\n]{0,2}(?P<d2>[12]\d|3[01]|0?[1-9])(?P<o2>" + ordinal_ending(lang) + r")?)?"
                            r"[^\S\n]*", lang), re.IGNORECASE)
    year = re.compile(r"[^\S\n]*(?P<y>(?:1[6-9]|20)\d\d)[^\S\n]*")
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


def _last_day(year: str, month: int, first: int, last: int) -> str:
    """The raw core of a range's last day: in the same month, or in the next when it is lower."""
    if last > first:
        return f"{year}-{month:02d}-{last:02d}"
    if month < 12:
        return f"{year}-{month + 1:02d}-{last:02d}"
    return f"{int(year) + 1:04d}-01-{last:02d}" if year != "XXXX" else f"XXXX-01-{last:02d}"


def _numbered(days: list[Atom]) -> bool:
    """Rows numbered 1, 2, 3 ... with no weekday: a numbered list, not days."""
    return len(days) >= 3 and not any(d.raw.get("wd") for d in days) \
        and [int(d.raw.core[-2:]) for d in days] == list(range(1, len(days) + 1))


def table_month_days(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """``atoms`` with each bare day in a table row's first cell as a date of the month named above."""
    if "|" not in text:
        return atoms
    month_cell, day_cell, year_cell = _patterns(lang)
    vocab = vocabulary(lang)
    blocks: list[tuple[Atom, list[Atom]]] = []
    current: tuple[Atom, list[Atom]] | None = None
    month: tuple[str, int] | None = None
    year = "XXXX"
    last_day = 0
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        row = line.strip()
        if not row.startswith("|"):
            if row:
                current, month, year = None, None, "XXXX"
            continue
        lead = start + line.index("|")
        cells = _cells(text, lead, start + len(line))
        if not cells:
            continue
        first = cells[0]
        if (found := year_cell.fullmatch(text, *first)) is not None:
            year, current, month = found.group("y"), None, None
            continue
        if (found := month_cell.fullmatch(text, *first)) is not None:
            written = found.group("y") or year
            number = int(vocab.months[norm(found.group("m"))]["month"])
            atom = Atom(found.start("m"), found.end("y") if found.group("y") else found.end("m"), "DATE",
                        Raw(f"{written}-{number:02d}"), HEADING_MONTH, 5)
            current, month, last_day = (atom, []), (written, number), 0
            blocks.append(current)
            if len(cells) < 2:
                continue
            first = cells[1]        # "| November | 7 | Internal Speaker |": the month's first day beside it
        found = day_cell.fullmatch(text, *first)
        if found is not None and not _worded_row(text, cells[cells.index(first) + 1:]):
            found = None            # "| January | 12 | 30 |": a month's figures, no day of anything
        if found is None or month is None or current is None:
            if found is None and month is not None and text[first[0]:first[1]].strip():
                current, month = None, None      # a row of another kind ends the month's rows
            continue
        number = int(found.group("d"))
        if number <= last_day:
            current, month = None, None
            continue
        last_day = number
        written, month_number = month
        notes = {"wd": str(vocab.weekdays[norm(found.group("wd"))]["iso"])} if found.group("wd") else {}
        end = found.end("o") if found.group("o") else found.end("d")
        if found.group("d2"):       # "| 25th to 29th | Half Term |"; "| 22nd to 2nd |" runs into the next month
            last = int(found.group("d2"))
            notes["to"] = _last_day(written, month_number, number, last)
            end = found.end("o2") if found.group("o2") else found.end("d2")
        current[1].append(Atom(found.start("wd") if found.group("wd") else found.start("d"), end,
                               "DATE", Raw(f"{written}-{month_number:02d}-{number:02d}", notes), HEADING_DAY, 5))
    blocks = [(head, days) for head, days in blocks if not _numbered(days)]
    added = [a for head, days in blocks for a in ([head] + days if days else [])]
    if sum(len(days) for _, days in blocks) < _MIN_DAYS:
        return atoms
    return in_place_of(atoms, added, len(text))
