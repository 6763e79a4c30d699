"""Years counted in another era than the Gregorian ("Saka New Year 1928", "1445 AH", "B.E. 2560").

Such a number is no Gregorian year: read as one it puts a page in 1928 or 1445. The eras, their
marks and how a year converts are data (``other_eras.tsv``). A mark's year converts to a Gregorian
year when the era's year runs from 1 January (the Thai solar year: "B.E. 2560" is 2017), or when the
text names the era's new year ("Saka New Year 1928" falls in March 2006); otherwise the era year
straddles two Gregorian years and gives no date, only the veto.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from calfeed.timex.lexicon import load_table
from calfeed.timex.periods import hijri_new_year

# Gregorian years an era year must convert into for the mark to be read as that era's: "Jewish 2024"
# (year 2024 of the Hebrew era, long before Rome) is some other number beside the word.
MODERN = (1800, 2100)
_LOOKBACK = 40
# Words between a mark before the number and the number: "Saka New Year 1928", "Hijri year 1445".
_BETWEEN = r"(?:[^\S\n]{1,2}(?:new[^\S\n]{1,2})?year)?[^\S\n]{1,2}"


@lru_cache(maxsize=None)
def _rows(lang: str) -> tuple[dict[str, str], ...]:
    return load_table(lang, "other_eras")


def era_row(mark: str, lang: str = "en", tail: bool = False) -> dict[str, str] | None:
    """The table's row for ``mark`` as written (``tail``: written without its first letter)."""
    key = "tail" if tail else "mark"
    return next((row for row in _rows(lang) if row[key] and row[key] == mark), None)


def gregorian_year(row: dict[str, str], year: int) -> int | None:
    """The Gregorian year in which year ``year`` of the row's era begins."""
    if row["kind"] == "hijri":
        try:
            return hijri_new_year(year).year
        except (OverflowError, ValueError):
            return None
    return year + int(row["offset"])


def _modern(row: dict[str, str], digits: str) -> bool:
    found = gregorian_year(row, int(digits))
    return found is not None and MODERN[0] <= found <= MODERN[1]


@lru_cache(maxsize=None)
def _before(lang: str) -> re.Pattern[str]:
    """A mark before the number (or its tail after a sign outside ASCII), ending the look-back."""
    marks = "|".join(re.escape(r["mark"]) for r in sorted(_rows(lang), key=lambda r: -len(r["mark"])) if r["side"] == "before")
    tails = "|".join(re.escape(r["tail"]) for r in _rows(lang) if r["side"] == "before" and r["tail"])
    return re.compile(rf"(?:(?<![\w])(?P<mark>{marks})|(?<=[^\x00-\x7f])(?P<tail>{tails})){_BETWEEN}$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _after(lang: str) -> re.Pattern[str]:
    marks = "|".join(re.escape(r["mark"]) for r in sorted(_rows(lang), key=lambda r: -len(r["mark"])) if r["side"] == "after")
    return re.compile(rf"[^\S\n]{{1,2}}(?P<mark>{marks})(?![\w])")


def _mark_case(found: re.Match[str], lang: str) -> dict[str, str] | None:
    """The row of a mark found case-blind: its capitals as the table writes them ("BE", not "be")."""
    if found.group("mark") is not None:
        written = found.group("mark")
        row = era_row(written, lang)
        if row is None:
            row = next((r for r in _rows(lang) if r["mark"].lower() == written.lower() and not r["mark"].isupper()), None)
        return row
    tail = found.group("tail").lower()
    return next((r for r in _rows(lang) if r["tail"] and r["tail"].lower() == tail), None)


def era_marked(text: str, start: int, end: int, lang: str = "en") -> bool:
    """Whether the number at ``start``–``end`` is a year an era mark beside it counts in another era."""
    digits = text[start:end]
    if not digits.isdigit():
        return False
    before = _before(lang).search(text, max(0, start - _LOOKBACK), start)
    if before is not None:
        row = _mark_case(before, lang)
        if row is not None and _modern(row, digits):
            return True
    after = _after(lang).match(text, end)
    if after is not None:
        row = _mark_case(after, lang)
        if row is not None and _modern(row, digits):
            return True
    return False


def converted_year(mark: str, tail: bool, digits: str, new_year: bool, lang: str = "en") -> tuple[int, date | None] | None:
    """The Gregorian year of ``digits`` in the era ``mark`` names (``tail``: its letters but the
    first), when it converts: an aligned era, or its new year named (``new_year``); with the new
    year's day when the era's calendar is arithmetic (1 Muharram), else None for the day."""
    row = next((r for r in _rows(lang) if (r["tail"] if tail else r["mark"]).lower() == mark.lower()), None)
    if row is None or not (new_year or row["aligned"] == "yes") or not _modern(row, digits):
        return None
    year = gregorian_year(row, int(digits))
    if year is None:
        return None
    return year, (hijri_new_year(int(digits)) if new_year and row["kind"] == "hijri" else None)


