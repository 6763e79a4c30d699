"""The programme of a recurring event: "The club meets on the first Monday of each month
from 7-9pm" and below it "7-7:30pm – Welcome and notices", "7:30-8:30pm – Talk". Each slot writes
only clocks, and they fall inside the series' own hours, so they say how every meeting runs,
not that something else happens: no entries of their own (the tagger put them on the page's
date, which is only the day the page was filed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from calfeed.events.candidates import date_not_written
from calfeed.model import Timex


@dataclass(frozen=True)
class SeriesHours:
    """A recurring event's hours of the day and where the text states them."""

    start: time
    end: time
    at: int


def series_hours(ordered: list[Timex]) -> list[SeriesHours]:
    """The hours of each series written with a clock range ("every month from 3-4pm")."""
    return [SeriesHours(t.interval.start.time(), t.end_interval.start.time(), t.start) for t in ordered
            if t.type == "SET" and t.interval is not None and t.end_interval is not None
            and t.interval.start.date() == t.end_interval.start.date() and t.interval.start < t.end_interval.start]


def series_slot(timex: Timex, hours: list[SeriesHours]) -> bool:
    """A clock range with no day of its own, after a series whose hours hold it."""
    if not date_not_written(timex) or timex.interval is None or timex.end_interval is None:
        return False
    first, last = timex.interval.start.time(), timex.end_interval.start.time()
    return first < last and any(h.at < timex.start and h.start <= first and last <= h.end for h in hours)
