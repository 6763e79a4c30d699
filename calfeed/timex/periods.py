"""Calendar arithmetic: the interval a TIMEX3 unit denotes and the value that names it.

Everything here is about the Gregorian calendar (and the arithmetic Islamic one that dates
Eid), not about words, so it is code; the season months come from the language's season
table because "summer" is a word.

Month arithmetic is plain integers and ``calendar.monthrange`` (dateutil's relativedelta
costs microseconds a call, and the resolver asks for a few candidate periods per date),
and the period builders are cached: they are pure and their Intervals are frozen.
"""

from __future__ import annotations

import calendar
import math
from datetime import date, datetime, timedelta
from functools import lru_cache

from calfeed.model import Interval


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` moved by whole months, the day clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    index = moment.month - 1 + months
    y, m = moment.year + index // 12, index % 12 + 1
    if moment.day <= 28:
        return moment.replace(year=y, month=m)
    return moment.replace(year=y, month=m, day=min(moment.day, calendar.monthrange(y, m)[1]))


def _first_of_month_after(y: int, m: int, months: int) -> datetime:
    """The first day of the month ``months`` after month ``m`` of year ``y``."""
    index = m - 1 + months
    return datetime(y + index // 12, index % 12 + 1, 1)


def day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


@lru_cache(maxsize=4096)
def day(d: date) -> Interval:
    """Cached like ``month``: weekday resolution builds the same few days for every weekday named."""
    return Interval(day_start(d), day_start(d) + timedelta(days=1), "day")


@lru_cache(maxsize=4096)
def month(year: int, m: int) -> Interval:
    return Interval(datetime(year, m, 1), _first_of_month_after(year, m, 1), "month")


@lru_cache(maxsize=1024)
def year(y: int) -> Interval:
    return Interval(datetime(y, 1, 1), datetime(y + 1, 1, 1), "year")


@lru_cache(maxsize=1024)
def quarter(y: int, q: int) -> Interval:
    first = 3 * (q - 1) + 1
    return Interval(datetime(y, first, 1), _first_of_month_after(y, first, 3), "quarter")


@lru_cache(maxsize=1024)
def half(y: int, h: int) -> Interval:
    first = 6 * (h - 1) + 1
    return Interval(datetime(y, first, 1), _first_of_month_after(y, first, 6), "half")


@lru_cache(maxsize=1024)
def season(y: int, first_month: int, last_month: int) -> Interval:
    """A season of year ``y``; one that wraps (winter: 12-2) starts in December of ``y``."""
    months = (last_month - first_month) % 12 + 1
    return Interval(datetime(y, first_month, 1), _first_of_month_after(y, first_month, months), "season")


def week(iso_year: int, iso_week: int) -> Interval:
    start = day_start(date.fromisocalendar(iso_year, iso_week, 1))
    return Interval(start, start + timedelta(days=7), "week")


def weekend(iso_year: int, iso_week: int) -> Interval:
    start = day_start(date.fromisocalendar(iso_year, iso_week, 6))
    return Interval(start, start + timedelta(days=2), "day")


def decade(first_three_digits: int) -> Interval:
    y = first_three_digits * 10
    return Interval(datetime(y, 1, 1), datetime(y + 10, 1, 1), "decade")


def century(first_two_digits: int) -> Interval:
    y = max(1, first_two_digits * 100)
    return Interval(datetime(y, 1, 1), datetime(first_two_digits * 100 + 100, 1, 1), "century")


def easter(y: int) -> date:
    """Western Easter Sunday (the Gregorian computus, in its anonymous algorithm form)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month_ = (h + l - 7 * m + 90) // 25
    day_ = (h + l - 7 * m + 33 * month_ + 19) % 32
    return date(y, month_, day_)


def nth_weekday(y: int, m: int, iso_weekday: int, n: int, from_day: int = 1) -> date:
    """The n-th (1-based; negative counts from the month's end) given weekday of a month.

    ``from_day`` starts the count later in the month: a day fixed as "the Tuesday after
    the first Monday" is the first Tuesday from the 2nd.
    """
    if n > 0:
        first = date(y, m, from_day)
        shift = (iso_weekday - first.isoweekday()) % 7
        return first + timedelta(days=shift + 7 * (n - 1))
    last = date(y, m, calendar.monthrange(y, m)[1])
    shift = (last.isoweekday() - iso_weekday) % 7
    return last - timedelta(days=shift + 7 * (-n - 1))


_HIJRI_EPOCH = 1948439.5          # the Julian day of 1 Muharram AH 1 (16 July 622, Julian calendar)
_JULIAN_DAY_OF_2000 = 2451545      # the Julian day that begins at noon on 1 January 2000


def _hijri_julian_day(year_: int, month_: int, day_: int) -> float:
    """The tabular (arithmetic) Islamic calendar: 30-day odd months, 29-day even ones, eleven
    leap years in thirty. Observed dates, set by sighting the moon, differ from it by a day at most."""
    return (day_ + math.ceil(29.5 * (month_ - 1)) + (year_ - 1) * 354 + (3 + 11 * year_) // 30
            + _HIJRI_EPOCH - 1)


def hijri_new_year(year_: int) -> date:
    """The Gregorian day of 1 Muharram of Islamic year ``year_`` (the arithmetic calendar)."""
    return date(2000, 1, 1) + timedelta(days=int(_hijri_julian_day(year_, 1, 1) + 0.5) - _JULIAN_DAY_OF_2000)


_SOLAR_PER_LUNAR_YEAR = 365.2425 / 354.3667     # Gregorian days per Islamic year, as a ratio


def hijri_day(y: int, month_: int, day_: int) -> date:
    """The first day of Gregorian year ``y`` that is ``day_`` of Islamic month ``month_``: an
    Islamic year is eleven days shorter, so a year holds each such day once, rarely twice."""
    guess = int((y - 622) * _SOLAR_PER_LUNAR_YEAR)     # the Islamic year under way as ``y`` begins, give or take one
    days = []
    for h in range(max(1, guess - 1), guess + 3):
        try:
            days.append(date(2000, 1, 1) + timedelta(days=int(_hijri_julian_day(h, month_, day_) + 0.5) - _JULIAN_DAY_OF_2000))
        except (OverflowError, ValueError):      # past the calendar's last year
            continue
    held = [d for d in days if d.year == y]
    if not held:
        raise ValueError(f"no day {day_} of Islamic month {month_} falls in {y}")
    return min(held)


def named_day(y: int, row: dict[str, str]) -> date:
    """The day a holiday row of the language's table (kind easter, nth, hijri or a fixed date) falls on in ``y``."""
    if row["kind"] == "easter":
        return easter(y) + timedelta(days=int(row["offset"]))
    if row["kind"] == "hijri":
        return hijri_day(y, int(row["month"]), int(row["day"]))
    if row["kind"] == "nth":
        return nth_weekday(y, int(row["month"]), int(row["weekday"]), int(row["nth"]), int(row.get("day") or 1))
    return date(y, int(row["month"]), int(row["day"]))


def stretch(first: date, last: date) -> tuple[Interval, str]:
    """The days of a named season of the year ("Lent", "Advent") and its TIMEX3 value, the
    smallest calendar unit that holds them all: TimeML has no value for a run of days."""
    span = Interval(day_start(first), day_start(last) + timedelta(days=1), "day")
    if first.isocalendar()[:2] == last.isocalendar()[:2]:
        iso_year, iso_week, _ = first.isocalendar()
        return span, f"{iso_year}-W{iso_week:02d}"
    if (first.year, first.month) == (last.year, last.month):
        return span, f"{first.year:04d}-{first.month:02d}"
    if first.year == last.year and (first.month - 1) // 3 == (last.month - 1) // 3:
        return span, f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"
    return span, f"{first.year:04d}" if first.year == last.year else f"{first.year // 10:03d}"


def shift(moment: datetime, amount: int, unit: str) -> datetime:
    """Move by whole calendar units (TimeML unit letters)."""
    if unit == "D":
        return moment + timedelta(days=amount)
    if unit in ("W", "WE"):
        return moment + timedelta(weeks=amount)
    if unit == "M":
        return add_months(moment, amount)
    if unit == "Q":
        return add_months(moment, 3 * amount)
    if unit == "Y":
        return add_months(moment, 12 * amount)
    if unit == "DE":
        return add_months(moment, 120 * amount)
    if unit == "CE":
        return add_months(moment, 1200 * amount)
    if unit == "H":
        return moment + timedelta(hours=amount)
    if unit == "MIN":
        return moment + timedelta(minutes=amount)
    if unit == "S":
        return moment + timedelta(seconds=amount)
    raise ValueError(f"unknown unit {unit}")


def long_weekend(d: date) -> tuple[Interval, str]:
    """The weekend a holiday belongs to ("Labor Day weekend", "Thanksgiving weekend"), with the
    holiday in it: the nearest Saturday and Sunday, a Monday or Tuesday going with the weekend
    before it and a Wednesday to Friday with the one after. Its value is that weekend's."""
    weekday = d.isoweekday()
    if weekday >= 6:
        saturday = d - timedelta(days=weekday - 6)
    elif weekday <= 2:
        saturday = d - timedelta(days=weekday + 1)
    else:
        saturday = d + timedelta(days=6 - weekday)
    first, last = min(d, saturday), max(d, saturday + timedelta(days=1))
    iso_year, iso_week, _ = saturday.isocalendar()
    return Interval(day_start(first), day_start(last) + timedelta(days=1), "day"), f"{iso_year}-W{iso_week:02d}-WE"


def containing(moment: datetime, unit: str) -> tuple[Interval, str]:
    """The unit-long period holding ``moment`` and its TIMEX3 value (``LWE``: the long weekend
    of the day, see long_weekend)."""
    d = moment.date()
    if unit == "D":
        return day(d), d.isoformat()
    if unit == "LWE":
        return long_weekend(d)
    if unit in ("W", "WE"):
        iso_year, iso_week, _ = d.isocalendar()
        if unit == "WE":
            return weekend(iso_year, iso_week), f"{iso_year}-W{iso_week:02d}-WE"
        return week(iso_year, iso_week), f"{iso_year}-W{iso_week:02d}"
    if unit == "M":
        return month(d.year, d.month), f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        q = (d.month - 1) // 3 + 1
        return quarter(d.year, q), f"{d.year:04d}-Q{q}"
    if unit == "Y":
        return year(d.year), f"{d.year:04d}"
    if unit == "DE":
        return decade(d.year // 10), f"{d.year // 10:03d}"
    if unit == "CE":
        return century(d.year // 100), f"{d.year // 100:02d}"
    if unit == "H":
        start = moment.replace(minute=0, second=0, microsecond=0)
        return Interval(start, start + timedelta(hours=1), "hour"), start.strftime("%Y-%m-%dT%H")
    if unit in ("MIN", "S"):
        start = moment.replace(second=0, microsecond=0)
        return Interval(start, start + timedelta(minutes=1), "minute"), start.strftime("%Y-%m-%dT%H:%M")
    raise ValueError(f"unknown unit {unit}")


def distance(interval: Interval, moment: datetime) -> float:
    """Seconds from ``moment`` to the interval (0 inside it)."""
    if interval.contains(moment):
        return 0.0
    if moment < interval.start:
        return (interval.start - moment).total_seconds()
    return (moment - interval.end).total_seconds() + 1
