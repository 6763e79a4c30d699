"""A night named by the two days it joins ("On the night of May 3-4, the swing bridge will be
opened") is an all-day entry over both days only while the text gives no hour of it. When the
same paragraph goes on to time that night ("the trial opening is planned from 2 am to 6 am"), the
timed entries say when it happens: the whole-days entry, which showed the work on the first day
though it falls after that night's midnight, gives way to them. A night entry with no timed
entry of its own night keeps its days."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from calfeed.model import Event
from calfeed.timex.night_clocks import EVENING_START, SMALL_HOURS_END, led_by_night

PARAGRAPH_BREAK = "\n\n"
NIGHT_REACH = 600      # characters after the night's words in which its clocks are told


def _night_days(event: Event) -> tuple[date, date] | None:
    """The two days of an all-day entry over a day and the next, else None."""
    if not event.all_day or event.rrule or not isinstance(event.start, date) or isinstance(event.start, datetime):
        return None
    last = event.end if isinstance(event.end, date) and not isinstance(event.end, datetime) else None
    if last is None or last - event.start != timedelta(days=1):
        return None
    return event.start, last


def _in_night(event: Event, first: date, second: date) -> bool:
    """Whether a timed entry starts in the night from ``first``'s evening to ``second``'s morning."""
    if event.all_day or not isinstance(event.start, datetime):
        return False
    wall = event.start.replace(tzinfo=None)
    return (wall.date() == first and wall.time() >= time(EVENING_START)
            or wall.date() == second and wall.time() < time(SMALL_HOURS_END))


def _told_after(night: Event, timed: Event, text: str) -> bool:
    """Whether ``timed`` is told after ``night`` in the same paragraph, within NIGHT_REACH characters."""
    if not night.sources or not timed.sources:
        return False
    start, later = night.sources[0].start, timed.sources[0].start
    return 0 <= later - start <= NIGHT_REACH and PARAGRAPH_BREAK not in text[start:later]


def without_timed_nights(events: list[Event], text: str, lang: str = "en") -> list[Event]:
    """``events`` less each night entry (its days led by the night's words) that a later timed
    entry of the same paragraph times."""
    dropped: set[int] = set()
    for k, event in enumerate(events):
        days = _night_days(event)
        if days is None or not event.sources or not led_by_night(text, event.sources[0].start, lang):
            continue
        if any(j != k and _in_night(other, *days) and _told_after(event, other, text) for j, other in enumerate(events)):
            dropped.add(k)
    return [e for k, e in enumerate(events) if k not in dropped] if dropped else events
