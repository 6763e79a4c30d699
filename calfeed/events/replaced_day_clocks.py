"""A clock with no day of its own told after a day that a new one replaces: the new day's clock.

"The board will now meet on Thursday, 9 June, instead of on Monday, 6 June. Members of the public
may join the livestream at 6:30 pm on the day of the meeting." The tagger gives a day-less clock the day the text last wrote (TimeML's rule): here the
replaced day, which has no entry at all (superseded.replaced_dates). The clock belongs to what still
happens, on the day that replaces it.

The same holds after a move told as a range: "The fair has been moved from 3rd May to 10th May, with
stalls open from 10 a.m." The tagger reads "3rd May to 10th May" as one range and dates the clock by its
first day, the old one; the move keeps only the new day (superseded.moved_ranges), so the clock goes there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from calfeed.events.candidates import date_not_written
from calfeed.events.follow_on_clocks import on_day
from calfeed.model import Timex


def off_replaced_days(ordered: list[Timex], replaced: dict[tuple[int, int], Timex]) -> list[Timex]:
    """``ordered`` with each day-less clock whose day is that of the last replaced date written
    before it (and of no later written day) moved to the replacing date's day."""
    if not replaced:
        return ordered

    def new_day(last_day: Timex, clock: Timex) -> date | None:
        new = replaced.get((last_day.start, last_day.end))
        if new is None or new.interval is None or clock.interval.start.date() != last_day.interval.start.date():
            return None
        return new.interval.start.date()
    return _clocks_moved(ordered, new_day)


def off_moved_days(before: list[Timex], after: list[Timex]) -> list[Timex]:
    """``after`` (``before`` with each moved range cut to its new day, one for one: superseded.moved_ranges)
    with each day-less clock written after a moved range, with no written day between, and dated by the
    range's old first day, moved to its new day."""
    old_days = {(new.start, new.end): old.interval.start.date() for old, new in zip(before, after)
                if new is not old and old.interval is not None and new.interval is not None}
    if not old_days:
        return after

    def new_day(last_day: Timex, clock: Timex) -> date | None:
        old = old_days.get((last_day.start, last_day.end))
        return last_day.interval.start.date() if old is not None and clock.interval.start.date() == old else None
    return _clocks_moved(after, new_day)


def _clocks_moved(ordered: list[Timex], new_day: Callable[[Timex, Timex], date | None]) -> list[Timex]:
    """``ordered`` with each day-less clock put on the day ``new_day`` gives it from the last date
    written with a day of its own before it (None: left where the tagger put it)."""
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
        day = new_day(last_day, timex)
        if day is not None:
            out[index] = on_day(timex, day)
    return out
