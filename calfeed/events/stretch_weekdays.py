"""A weekday a page names alone inside the stretch of days it says its event runs.

"The fair is open Sat–Sun 11–12 May, 10 am to 5 pm GMT" and, lower down, "a talk on Saturday
at 2 pm and a concert on Sunday at 6 pm": the tagger counts a weekday written alone from the last
date the text wrote (or the page's date), so the Saturday falls in the week after the date the
page was put up, not on the fair's Saturday. A page that writes one stretch of a week at most (a festival's, a conference's days)
before such a weekday means the day of the stretch that bears its name. A page with two such
stretches does not say which; a weekday the stretch does not hold keeps the tagger's day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from calfeed.model import Interval, Timex
from calfeed.timex.rawvalue import core_of

MAX_STRETCH_DAYS = 7     # a festival's or a conference's days; a longer stretch is a season
_WEEKDAY_ALONE = re.compile(r"XXXX-WXX-([1-7])(?:T|\Z)")


def stretch_weekdays(ordered: list[Timex]) -> list[Timex]:
    """``ordered`` with each weekday written alone after the page's one stretch of days moved
    to the day of that stretch that bears its name."""
    stretches = [(t.start, found) for t in ordered if (found := _stretch(t)) is not None]
    if not stretches or len({found for _, found in stretches}) != 1:
        return ordered
    opened, (first, last) = stretches[0]
    result = []
    for timex in ordered:
        found = _WEEKDAY_ALONE.match(core_of(timex.raw_value or ""))
        if found is not None and timex.start > opened and timex.interval is not None:
            day = timex.interval.start.date()
            named = [first + timedelta(days=k) for k in range((last - first).days + 1)
                     if (first + timedelta(days=k)).isoweekday() == int(found.group(1))]
            if len(named) == 1 and not first <= day <= last:
                timex = _moved(timex, named[0])
        result.append(timex)
    return result


def _stretch(timex: Timex) -> tuple[date, date] | None:
    """The first and last day of a run of written days ("23–24 September"), a week at most."""
    if (timex.type != "DATE" or timex.interval is None or timex.end_interval is None
            or timex.interval.granularity != "day" or timex.end_interval.granularity != "day"):
        return None
    first, last = timex.interval.start.date(), timex.end_interval.start.date()
    return (first, last) if 0 < (last - first).days < MAX_STRETCH_DAYS else None


def _moved(timex: Timex, day: date) -> Timex:
    """The weekday's expression on ``day``, its clock and length kept."""
    shift = day - timex.interval.start.date()
    start = timex.interval.start + shift
    end_part = (Interval(timex.end_interval.start + shift, timex.end_interval.end + shift, timex.end_interval.granularity)
                if timex.end_interval is not None else None)
    value = start.isoformat(timespec="minutes") if timex.type == "TIME" else day.isoformat()
    return replace(timex, value=value, interval=Interval(start, timex.interval.end + shift, timex.interval.granularity),
                   end_interval=end_part)
