"""An occasion the page calls weekly on a weekday is a weekly series from the day it is dated.

"The growers' stalls reopen for the year Saturday, 8 a.m. to noon ... the weekly Saturday market
hosts 50 sellers": the first sentence dates one Saturday, the second says the market is held on
every Saturday. An entry on that weekday whose title holds the noun the
frequency and the weekday qualify ("market") repeats weekly from its own day, at its own hours.
Only a frequency written right before a bare weekday and a noun counts ("weekly Saturday market");
a weekday alone ("the Saturday market") may be one market.
"""

from __future__ import annotations

import re

from calfeed.events.shared_place import day_of
from calfeed.model import Event, Timex
from calfeed.rrules import WEEKDAY_CODES

WEEKLY_VALUE = "P1W"
_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])\Z")
_NOUN = re.compile(r"[ \t]+([^\W\d_]+)")
_WORD = re.compile(r"[^\W\d_]+")
WEEKLY_NOTE = "the page calls it weekly on that weekday: a weekly series from this day"


def weekly_nouns(text: str, ordered: list[Timex]) -> dict[str, str]:
    """The nouns a frequency and a weekday qualify ("weekly Saturday market"), lower case, with the
    weekday's code ("SA"), in the order written (the first telling of a noun holds)."""
    found: dict[str, str] = {}
    for often, day in zip(ordered, ordered[1:]):
        if often.type != "SET" or often.value != WEEKLY_VALUE or day.type != "DATE":
            continue
        weekday = _WEEKDAY.match(day.raw_value or "")
        if weekday is None or text[often.end:day.start].strip(" \t") != "":
            continue
        noun = _NOUN.match(text, day.end)
        if noun is not None:
            found.setdefault(noun.group(1).lower(), WEEKDAY_CODES[int(weekday.group(1)) - 1])
    return found


def weekly_occasions(events: list[Event], nouns: dict[str, str]) -> None:
    """Make each one-off entry on a weekday the page calls its noun's weekly day a weekly series."""
    if not nouns:
        return
    for event in events:
        if event.rrule is not None or event.precision != "exact" or event.window is not None:
            continue
        if day_of(event.end or event.start) != day_of(event.start):
            continue         # a stretch of days is no one weekday's occasion
        code = WEEKDAY_CODES[event.start.weekday()]
        words = {w.lower() for w in _WORD.findall(event.title)}
        if any(nouns.get(w) == code for w in words):
            event.rrule = f"FREQ=WEEKLY;BYDAY={code}"
            event.notes.append(WEEKLY_NOTE)
