"""Clocks of a night named by the two days it joins: "On the night of May 3-4 ... from 1:10
to 2:50", "overnight 3-4 May, between 1am and 5am".

A night told as "the night of D1-D2" runs from the evening of D1 into the morning of D2, so a
clock of the small hours (before SMALL_HOURS_END) that the text places on that night is on D2,
not on D1 where the range starts. And a bare hour of one to five written under such a night
("from 1:20 to 3:40") is in the early morning: the afternoon reading of bare listing clocks
(afternoon_clocks) does not apply there.

The words that name such a night are data (``night_leads.txt``); they must stand right before
the range ("night of", "overnight"); for the afternoon veto, right before a date earlier in the
clock's paragraph.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from dataclasses import dataclass
from functools import lru_cache

from calfeed.model import Timex
from calfeed.timex.lexicon import load_list

SMALL_HOURS_END = 6      # a clock before this hour, on a night, is after its midnight
NIGHT_REACH = 400        # characters read back from a bare clock for the night it is on
_LEAD_REACH = 24         # characters read back from a range for the words naming its night
_ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=None)
def _leads(lang: str) -> str:
    leads = sorted(load_list(lang, "night_leads"), key=len, reverse=True)
    return "|".join(r"[^\S\n]+".join(map(re.escape, lead.split())) for lead in leads)


@lru_cache(maxsize=None)
def _lead_before(lang: str) -> re.Pattern[str]:
    """The night's words ending right where a range starts."""
    return re.compile(rf"(?<![\w-])(?:{_leads(lang)})[^\S\n]+$", re.IGNORECASE)


def led_by_night(text: str, start: int, lang: str) -> bool:
    """Whether the night's words end right where a date starting at ``start`` does."""
    return _lead_before(lang).search(text, max(0, start - _LEAD_REACH), start) is not None


def night_second_day(resolved: Timex, text: str | None, lang: str) -> date | None:
    """The second day of a night named by two days in a row ("the night of May 3-4": 16 March),
    when ``resolved`` is that range and the night's words lead it; or of a night told by its hours
    ("on July 2nd to July 3rd from 10 pm to 3 am": an evening's clock to a small hour's the next
    day); else None."""
    if resolved.type == "TIME":
        return _overnight_end(resolved)
    if (text is None or resolved.type != "DATE" or resolved.interval is None or resolved.end_interval is None
            or resolved.interval.granularity != "day" or resolved.end_interval.granularity != "day"):
        return None
    first, second = resolved.interval.start, resolved.end_interval.start
    if second - first != _ONE_DAY:
        return None
    return second.date() if led_by_night(text, resolved.start, lang) else None


EVENING_START = 18      # a clock from this hour on, with its end in the next day's small hours, opens a night


def _overnight_end(resolved: Timex) -> date | None:
    """The morning a timed stretch from an evening to the next day's small hours ends on, else None."""
    start, end = resolved.interval, resolved.end_interval
    if start is None or end is None or start.granularity != "minute" or end.granularity != "minute":
        return None
    if end.start.date() - start.start.date() != _ONE_DAY:
        return None
    if start.start.hour < EVENING_START or end.start.hour >= SMALL_HOURS_END:
        return None
    return end.start.date()


def in_small_hours(clock: str) -> bool:
    """Whether a clock written "HH:MM" is before SMALL_HOURS_END."""
    return len(clock) >= 2 and clock[:2].isdigit() and int(clock[:2]) < SMALL_HOURS_END


@dataclass(frozen=True)
class Nights:
    """A text's dates (their starts, in order) and which of them the night's words lead."""

    dates: tuple[int, ...]
    nights: frozenset[int]


def nights_of(dates: list[tuple[int, str]], text: str, lang: str = "en") -> Nights:
    """``dates``: each found expression's start and type, in text order; the dates among them that
    the night's words lead are the nights a later bare clock may be on ("On the night of May 3-4")."""
    starts = tuple(start for start, kind in dates if kind == "DATE")
    return Nights(starts, frozenset(start for start in starts if led_by_night(text, start, lang)))


def night_named_before(text: str, at: int, nights: Nights) -> bool:
    """Whether the last date told before ``at`` is a night (nights_of), in ``at``'s paragraph and
    within NIGHT_REACH characters."""
    k = bisect.bisect_left(nights.dates, at) - 1
    if k < 0 or nights.dates[k] not in nights.nights or nights.dates[k] < at - NIGHT_REACH:
        return False
    return text.find("\n\n", nights.dates[k], at) < 0
