"""Clocks told ahead after a day told in the past: "The match will now be played tomorrow, Sunday
9th June, at 15:00. It was called off because of the storm on 8th June. ... The gates will open at
13:30."

The tagger dates a day-less clock by the last day written before it (TimeML's rule), here the day
the story looks back on (the storm's, the meeting's that took the decision). A clause told ahead
cannot happen on a day the text has just told as gone, so the clock belongs to the day the story
last told ahead, later than that past day: the programme of the day announced. A clock told in the
past, or after a day told ahead, or with no day told ahead before it, is left as the tagger read it.
"""

from __future__ import annotations

from calfeed.events.candidates import one_day
from calfeed.events.deadline_clock import clock_of
from calfeed.events.follow_on_clocks import on_day
from calfeed.model import Timex

PAST, FUTURE = "past", "future"


def clocks_off_past_days(ordered: list[Timex]) -> list[Timex]:
    """``ordered`` with each day-less clock told ahead whose day the tagger took from a day told in
    the past moved to the last day told ahead before it, when that day is the later one."""
    out = list(ordered)
    last: Timex | None = None        # the last day written with its number
    ahead: Timex | None = None       # the last such day told ahead
    for k, timex in enumerate(ordered):
        if one_day(timex):
            last = timex
            if timex.tense == FUTURE:
                ahead = timex
            continue
        if (clock_of(timex) is None or timex.interval is None or timex.tense != FUTURE
                or last is None or last.tense != PAST or ahead is None):
            continue
        day = timex.interval.start.date()
        if day == last.interval.start.date() < ahead.interval.start.date():
            out[k] = on_day(timex, ahead.interval.start.date())
    return out
