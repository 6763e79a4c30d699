"""A page of year-less days written with their weekdays, read in order ("Term ends: Wednesday
10th July" ... "First day: Wednesday 4th September" ... "Term ends: Friday 13th December").

Alone, a row's weekday picks the year it fits near the page's date. A school's term dates for two
years run further than that reach, and the second year's December then falls back to the nearest
December on another weekday. A reader goes down the page instead: each row comes on or after the
last row whose weekday held, so a row whose weekday fails where it was put is the first such day
after that row on which the weekday holds, when one comes within about a year and a month. A
movable feast named beside its day ("(Easter Day is 20th April)") is such a row too: the day is
the feast's only in the years the feast falls on it (holiday_days)."""

from __future__ import annotations

from datetime import date, timedelta

from calfeed.model import Timex
from calfeed.timex import periods
from calfeed.timex.holiday_days import holiday_pairs
from calfeed.timex.rawvalue import CALENDAR, parse

# How far after the last row whose weekday held a failing row may be moved: a school year and its
# summer, so that the next year's row is reached and a weekday that is a slip stays where it was.
REACH = timedelta(days=425)
YEARS_AHEAD = 2


def forward_years(ordered: list[Timex], out: list[Timex], shared: dict[int, str], text: str = "") -> dict[int, str]:
    """The raw cores, with their year, of the year-less weekday or feast rows to move forward (by index).
    A row moves only after an earlier one held its weekday or feast, so a text with fewer than two
    year-less days moves none, and the feasts named beside days are looked for only in a text with
    two or more (most texts have none; of TBAQ's 108 with one or more, 71 have one)."""
    rows = []
    for index, (timex, found) in enumerate(zip(ordered, out)):
        if found.interval is None or found.interval.granularity != "day" or found.type != "DATE":
            continue
        if not (timex.raw_value or timex.value).startswith("XXXX-"):
            continue        # a year written (the test below on the parsed value), told without parsing it
        raw = parse(timex.raw_value or timex.value)
        match = CALENDAR.match(raw.core)
        if match is None or not (match.group("month") or "").isdigit() or not (match.group("day") or "").isdigit():
            continue
        if match.group("year") != "XXXX" or raw.get("dir") or raw.get("yr"):
            continue
        rows.append((index, timex, found, raw, match))
    if len(rows) < 2:
        return {}
    feasts = {id(t): row for row, _, _, t in holiday_pairs(text, ordered)} if text else {}
    moved: dict[int, str] = {}
    last: date | None = None
    for index, timex, found, raw, match in rows:
        weekday = raw.get("wd") or ""
        feast = feasts.get(id(timex))
        if not (weekday.isdigit() or feast):
            continue
        day = found.interval.start.date()

        def holds(candidate: date) -> bool:
            return ((not weekday.isdigit() or candidate.isoweekday() == int(weekday))
                    and (feast is None or periods.named_day(candidate.year, feast) == candidate))
        if holds(day):
            last = day if last is None or day > last else last
            continue
        if last is None or index in shared:
            continue
        fitting = _first_fitting(int(match.group("month")), int(match.group("day")), holds, last)
        if fitting is not None:
            moved[index] = f"{fitting.year:04d}" + raw.core[4:]
            last = fitting
    return moved


def _first_fitting(month: int, number: int, holds, after: date) -> date | None:
    """The first day ``month``/``number`` on or after ``after`` and within REACH that ``holds`` (its
    weekday, its feast)."""
    for year in range(after.year, after.year + YEARS_AHEAD + 1):
        try:
            day = date(year, month, number)
        except ValueError:          # 29 February in a common year
            continue
        if day >= after and day - after <= REACH and holds(day):
            return day
    return None
