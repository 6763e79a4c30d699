"""Where a clock said with a part of the day falls: its half of the day, or past the midnight
that ends it.

One reading for both places a part of the day meets a clock: the rules that write it in their
own words ("eleven o'clock at night", builders) and the pass that joins a clock to a day named
with one ("eleven o'clock last night", part_of_day_clocks). The part's row of
``parts_of_day.tsv`` says what its hours mean: ``meridiem`` their half of the day, ``twelve``
what twelve o'clock is (at night the midnight that ends the day), ``small_hours`` the last hour
that is after that midnight ("three o'clock last night"), as a later clock of twelve is
("12:30 last night").
"""

from __future__ import annotations

from dataclasses import dataclass

HALF_DAY = 12
MIDNIGHT = "midnight"
# The two halves of the day as parts_of_day.tsv's meridiem and meridiems.tsv's half write them (codes).
MORNING_HALF = "am"
AFTERNOON_HALF = "pm"


@dataclass(frozen=True)
class PlacedClock:
    """A clock as a part of the day places it."""

    time: str                # HH:MM (00:00 for a midnight that ends the day)
    ends_day: bool = False   # the midnight that ends the day named ("twelve o'clock last night")
    next_day: bool = False   # after that midnight, on the next day ("12:30 last night")


def placed_clock(time: str, row: dict[str, str]) -> PlacedClock:
    """The unmarked clock ``time`` (HH:MM, as written) in the part of the day of ``row``."""
    hour = int(time[:2])
    if hour == HALF_DAY and row.get("twelve") == MIDNIGHT:
        if time[2:] in (":00", ":00:00"):
            return PlacedClock("00" + time[2:], ends_day=True)
        return PlacedClock("00" + time[2:], next_day=True)     # half past twelve at night
    if 1 <= hour <= int(row.get("small_hours") or 0):
        return PlacedClock(time, next_day=True)                # "three o'clock last night"
    if 1 <= hour < HALF_DAY and row.get("meridiem") == AFTERNOON_HALF:
        return PlacedClock(f"{hour + HALF_DAY:02d}{time[2:]}")
    return PlacedClock(time)
