"""Clocks told with a part of the day named from today: "eleven o'clock last night", "two o'clock
this afternoon", "twelve o'clock last night".

A clock written without "am"/"pm" beside a part of the day takes that part's half of the day
(``parts_of_day.tsv``, column meridiem), as "four in the morning" does inside one rule; twelve
o'clock is what the part's column twelve says (at night, the midnight that ends the day: T24:00,
as "midnight last night" is), and a later clock of twelve ("12:30") or one of the part's small
hours (column small_hours: "three o'clock last night") is after that midnight, on the next day
(day_halves). A clock written the twenty-four-hour way ("09:30", "21:30") or marked ("11 p.m.",
"12 noon") is left as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.afternoon_clocks import half_day_marked
from calfeed.timex.day_halves import PlacedClock, placed_clock
from calfeed.timex.vocabulary import vocabulary

_LEADING_ZERO = re.compile(r"(?<!\d)0\d(?=[:.h]\d)")


@lru_cache(maxsize=None)
def _parts(lang: str) -> dict[str, dict[str, str]]:
    """The rows of parts_of_day.tsv that tell a half of the day, by TimeML code (first row wins)."""
    out: dict[str, dict[str, str]] = {}
    for row in vocabulary(lang).parts_of_day.values():
        if row.get("meridiem"):
            out.setdefault(row["code"], row)
    return out


def clock_in_part_of_day(time: str, part: str, written: str, lang: str = "en") -> PlacedClock:
    """The clock ``time`` (HH:MM) as the part of the day ``part`` (a TimeML code) places it."""
    row = _parts(lang).get(part)
    if row is None or not time[:2].isdigit() or half_day_marked(written) or _LEADING_ZERO.search(written):
        return PlacedClock(time)
    return placed_clock(time, row)
