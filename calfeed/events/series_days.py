"""The days each recurring series of a page meets, among the days the page's settling asks about.

``items_on_series_days`` asks, of each cancelled day and each programme item's day, which series meet
on it. Asking every series about every day read a recurrence rule for each pair (``held_on``), so a
page of weekly clubs written on one line, each with its days off, cost the square of its length. Here
each series' rule is read once, its occurrences between the first and the last day asked are listed
once, and a day finds the series meeting on it by a look-up. A series meets a day here exactly when
``held_on`` finds its occurrence there (the same rule, at the same clock): the callers still ask
``held_on`` or ``on_series_day`` of the pairs found, for what those build.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from dateutil.rrule import rrulestr

from calfeed.events.timing import Timing


@dataclass(frozen=True)
class SeriesDays:
    """Which series (by their index in the list given) meet on each day asked about."""

    on_day: dict[date, tuple[int, ...]]     # the day -> the series meeting on it, in the list's order
    days_of: tuple[frozenset[date], ...]    # each series -> the days asked about on which it meets

    def meeting(self, day: date) -> tuple[int, ...]:
        return self.on_day.get(day, ())


def _ruled(series: Timing) -> tuple[object, time] | None:
    """The rule ``held_on`` reads for ``series`` and the clock of each occurrence it looks for, or
    None when it finds no occurrence on any day: no rule, or an all-day series that starts at a clock."""
    if series.rrule is None:
        return None
    if not series.all_day and isinstance(series.start, datetime):
        return rrulestr(series.rrule, dtstart=series.start), series.start.time()
    if series.all_day and not isinstance(series.start, datetime):
        return rrulestr(series.rrule, dtstart=datetime.combine(series.start, time())), time()
    return None


def series_days(series: list[Timing], days: list[date]) -> SeriesDays:
    """For each of ``days``, the series that meet on it: one reading of each rule, over the span of the
    days asked. A series starting at a clock with a time zone is taken to meet on every day, so that
    ``held_on`` is asked about it as before (it compares that clock with the zone-less day)."""
    asked = frozenset(days)
    met: dict[date, list[int]] = {}
    days_of: list[frozenset[date]] = []
    if asked:
        first, last = min(asked), max(asked)
    for number, timing in enumerate(series):
        ruled = _ruled(timing) if asked else None
        if ruled is None:
            days_of.append(frozenset())
            continue
        rule, clock = ruled
        if getattr(timing.start, "tzinfo", None) is not None:
            held = set(asked)
        else:
            held = {at.date() for at in rule.between(datetime.combine(first, clock), datetime.combine(last, clock),
                                                    inc=True)
                    if at.time() == clock and at.date() in asked}
        for day in held:
            met.setdefault(day, []).append(number)
        days_of.append(frozenset(held))
    return SeriesDays({day: tuple(numbers) for day, numbers in met.items()}, tuple(days_of))
