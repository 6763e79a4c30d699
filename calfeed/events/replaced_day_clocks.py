"""A clock with no day of its own told after a day that a new one replaces: the new day's clock.

"The board will now meet on Thursday, 9 June, instead of on Monday, 6 June. Members of the public
may join the livestream at 6:30 pm on the day of the meeting." The tagger gives a day-less clock the day the text last wrote (TimeML's rule): here the
replaced day, which has no entry at all (superseded.replaced_dates). The clock belongs to what still
happens, on the day that replaces it.
"""

from __future__ import annotations

from calfeed.events.candidates import date_not_written
from calfeed.events.follow_on_clocks import on_day
from calfeed.model import Timex


def off_replaced_days(ordered: list[Timex], replaced: dict[tuple[int, int], Timex]) -> list[Timex]:
    """``ordered`` with each day-less clock whose day is that of the last replaced date written
    before it (and of no later written day) moved to the replacing date's day."""
    if not replaced:
        return ordered
    out = list(ordered)
    last_day: Timex | None = None         # the last date written with a day of its own, before the clock
    for index, timex in enumerate(ordered):
        if timex.interval is None:
            continue
        if not date_not_written(timex):
            last_day = timex
            continue
        if timex.type != "TIME" or last_day is None or last_day.interval is None:
            continue
        new = replaced.get((last_day.start, last_day.end))
        if new is None or new.interval is None or timex.interval.start.date() != last_day.interval.start.date():
            continue
        out[index] = on_day(timex, new.interval.start.date())
    return out
