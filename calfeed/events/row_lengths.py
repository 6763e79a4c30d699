"""Rows whose label says how long they run: "Sept. 11 Three-Day Family Camp", "Sept. 6 - Family
Fishing Weekend". A season list gives each row one day, its first; the label's length ("Three-Day", a whole
number of days the tagger reads as a duration) or a weekend word on a Saturday row says the row's
entry runs on past it, so the entry ends that many days on, not on its first day.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from calfeed.events.vocabulary import word_list
from calfeed.model import Event, Timex

MAX_ROW_DAYS = 14       # a label's length beyond a fortnight is no row's run ("a 30-day notice period")
SATURDAY = 5
_DAYS = re.compile(r"P(\d{1,2})D")
_ROW_MARKS = " \t-–—•*>|"
_WORD = re.compile(r"[A-Za-z]+")


def row_lengths(events: list[Event], text: str, timexes: list[Timex]) -> list[Event]:
    """Each one-day all-day entry whose date opens its line and whose label there gives a length:
    that entry running for it."""
    lengths = sorted((t.start, int(m.group(1))) for t in timexes
                     if t.type == "DURATION" and (m := _DAYS.fullmatch(t.value or "")))
    starts = [s for s, _ in lengths]
    out = []
    for event in events:
        days = _row_days(event, text, lengths, starts)
        if days > 1:
            start = event.start if isinstance(event.start, date) else event.start.date()
            event = replace(event, end=start + timedelta(days=days - 1),
                            notes=[*event.notes, f"runs {days} days: its row's label says how long"])
        out.append(event)
    return out


def _row_days(event: Event, text: str, lengths: list[tuple[int, int]], starts: list[int]) -> int:
    if (not event.all_day or event.rrule or isinstance(event.start, datetime) or not event.sources
            or event.end not in (None, event.start)):
        return 1
    source = event.sources[0]
    line_start = text.rfind("\n", 0, source.start) + 1
    if text[line_start:source.start].strip(_ROW_MARKS):
        return 1         # the date does not open its row
    line_end = text.find("\n", source.end)
    line_end = len(text) if line_end < 0 else line_end
    at = bisect.bisect_left(starts, source.end)
    if at < len(lengths) and lengths[at][0] < line_end and 1 < lengths[at][1] <= MAX_ROW_DAYS:
        return lengths[at][1]
    if event.start.weekday() == SATURDAY and any(
            w.group(0).lower() in word_list("weekend_words") for w in _WORD.finditer(text, source.end, line_end)):
        return 2
    return 1
