"""A clock with its day in brackets after it: "will have until 5:00 pm Central (Friday, June 12)
to finish", "doors open at 7pm (Saturday 4 October)".

The tagger joins "5pm, Friday 12 June" into one time, but reads a clock and a bracketed day as
two expressions: the clock takes the day last written before it, and the day stands alone as an
all-day entry. The bracket says which day the clock is on, so the two are one timed expression on
that day, spanning the clock and the bracket.
"""

from __future__ import annotations

import re
from dataclasses import replace

from calfeed.events.attached_clock import timed_day
from calfeed.events.candidates import date_not_written
from calfeed.events.deadline_clock import clock_of
from calfeed.events.glossed_days import joined_pairs
from calfeed.model import Timex

_OPENING = re.compile(r"[ \t]{0,3}\([ \t]{0,3}")
_CLOSING = re.compile(r"[ \t]{0,3}\)")


def clocks_on_bracketed_days(text: str, ordered: list[Timex]) -> list[Timex]:
    """``ordered`` with each day-less clock followed by a one-day date alone in brackets
    replaced by one timed expression on that day."""
    def joined(clock: Timex, day: Timex) -> Timex | None:
        close = _bracketed_day(text, clock, day)
        return None if close is None else replace(timed_day(day, clock), start=clock.start, end=close,
                                                  text=text[clock.start:close])
    return joined_pairs(ordered, joined)


def _bracketed_day(text: str, clock: Timex, day: Timex) -> int | None:
    """Where the bracket round ``day`` closes, when ``clock`` has no day written and ``day`` is
    one written day alone in a bracket right after it; else None."""
    if not date_not_written(clock) or clock_of(clock) is None or clock.end_interval is not None:
        return None
    if (day.type != "DATE" or day.interval is None or day.interval.granularity != "day"
            or day.end_interval is not None or date_not_written(day)):
        return None
    if _OPENING.fullmatch(text, clock.end, day.start) is None:
        return None
    closing = _CLOSING.match(text, day.end)
    return closing.end() if closing is not None else None
