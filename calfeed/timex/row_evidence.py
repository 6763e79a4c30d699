"""Whether the year a section heading gives its rows fits what the rows say themselves.

A calendar row often writes the weekday of its day ("| Mon | Aug 26 |", "Wednesday, August
28") or names a holiday beside it ("Labor Day - no classes | September 1"). Those fit only
some years, so they check a heading's year: a page that kept last year's heading over this
year's rows ("Fall 2024 Dates" over "Labor Day | September 1", which is 2025's) is read by
its rows, and one row with a slip ("Study Day Tuesday, December 11") does not outvote the
rest.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Sequence

from calfeed.model import Timex
from calfeed.timex import periods
from calfeed.timex.rawvalue import CALENDAR, parse
from calfeed.timex.vocabulary import norm, vocabulary

_WORD = re.compile(r"[A-Za-z]+\.?")


def _day(core: str, year: int) -> date | None:
    m = CALENDAR.match(core)
    if m is None or m.group("month") in (None, "XX") or m.group("day") in (None, "XX"):
        return None
    try:
        return date(year, int(m.group("month")), int(m.group("day")))
    except ValueError:
        return None


def written_weekday_fits(timex: Timex, core: str, year: int) -> bool:
    """The weekday written with the date ("Mon 28th Sept") is that day's in ``year``: true when
    none is written or the core holds no day, false when the day is not in that year at all."""
    written = parse(timex.raw_value or timex.value).get("wd")
    if not written or _day(core, 2000) is None:       # 2000: a leap year holds every month's days
        return True
    day = _day(core, year)
    return day is not None and day.isoweekday() == int(written)


def _weekday_word(text: str, start: int, end: int, lang: str) -> int | None:
    """The ISO weekday of the one weekday word on the row outside its date ("| Mon | Aug 26 |"),
    or None when there is none or more than one (a range "Mon - Fri", a note "Follow Wednesday
    schedule")."""
    weekdays = vocabulary(lang).weekdays
    found = set()
    for match in _WORD.finditer(text):
        if start <= match.start() < end:
            continue
        word = match.group()
        row = weekdays.get(norm(word))
        if row is None or (row.get("case") == "cap" and not word[:1].isupper()):
            continue
        found.add(int(row["iso"]))
    return found.pop() if len(found) == 1 else None


def fits(rows: dict[int, str], timexes: Sequence[Timex], starts: Sequence[int], text: str,
         lines: dict[int, tuple[int, int]], lang: str = "en") -> tuple[int, int]:
    """(rows whose weekday or holiday fits the year given, rows whose does not). ``rows``:
    index in ``timexes`` (sorted by start) -> the raw core with the year; ``starts``: the
    timexes' starts, made once by the caller (a page of many short sections asks once a
    section, and making them here read every date of the page each time); ``lines``: index ->
    its line's span."""
    vocab = vocabulary(lang)
    good = bad = 0
    for index, core in rows.items():
        timex = timexes[index]
        day = _day(core, int(core[:4]))
        raw = parse(timex.raw_value or timex.value)
        if day is None or raw.get("to"):
            continue
        start, end = lines[index]
        weekday = int(raw.get("wd")) if raw.get("wd") else None
        if weekday is None:
            on_line = timexes[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
            others = [t for t in on_line if t.end <= end and t is not timex]
            own = _day(core, 2000)
            if any((other := _day(parse(t.raw_value or t.value).core, 2000)) is not None and other != own
                   for t in others):
                continue            # two days on one row: which weekday is whose is not clear
            holidays = [m.group("holiday") for t in others
                        if (m := CALENDAR.match(parse(t.raw_value or t.value).core)) and m.group("holiday")]
            if len(holidays) == 1 and norm(holidays[0]) in vocab.holidays:
                same = periods.named_day(day.year, vocab.holidays[norm(holidays[0])]) == day
                good, bad = good + same, bad + (not same)
                continue
            weekday = _weekday_word(text[start:end], timex.start - start, timex.end - start, lang)
        if weekday is not None:
            same = day.isoweekday() == weekday
            good, bad = good + same, bad + (not same)
    return good, bad
