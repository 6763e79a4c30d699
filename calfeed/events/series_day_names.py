"""A weekday that names the occasions of a series the page states: "There are two walks per month
- on the first Tuesday and the third Sunday. Tuesday walks are in the morning ... Sunday walks are
planned for the day".

Before a plural noun, a weekday with no determiner of its own says which of the series'
occasions the sentence is about ("Tuesday walks", "Sunday sessions"), not one coming Tuesday: on
a page whose series recur on that weekday it is no day of its own, and the tagger's nearest
Tuesday would be one more entry nobody wrote. Left alone: a weekday with a clock on its line
(the schedule readers' business), a weekday with a determiner or an ordinal before it ("this
Sunday walks", "where the 2nd Friday clashes with Good Friday": a day), and a page with no series on that weekday ("Saturday matches" in news
of one weekend).
"""

from __future__ import annotations

import re

from calfeed.events.monthly_ordinals import ordinals
from calfeed.events.vocabulary import word_list
from calfeed.events.words import plural_ending
from calfeed.model import Timex
from calfeed.rrules import WEEKDAY_CODES
from calfeed.timex.rawvalue import BARE_WEEKDAY

_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_BYDAY = re.compile(r"BYDAY=([^;]+)")


def series_day_names(text: str, ordered: list[Timex]) -> list[Timex]:
    """``ordered`` without the weekdays that name a stated series' occasions."""
    days: set[str] = set()
    for timex in ordered:
        found = _BYDAY.search(timex.rrule or "") if timex.type == "SET" else None
        if found is not None:
            days.update(part.lstrip("+-0123456789") for part in found.group(1).split(","))
    if not days:
        return ordered
    dropped: set[int] = set()
    for timex in ordered:
        weekday = BARE_WEEKDAY.fullmatch(timex.raw_value or "") if timex.type == "DATE" else None
        if weekday is None or WEEKDAY_CODES[int(weekday.group(1)) - 1] not in days:
            continue
        noun = _NEXT_WORD.match(text, timex.end)
        if noun is None or not _plural(noun.group(1)):
            continue
        line_start = text.rfind("\n", 0, timex.start) + 1
        line_end = text.find("\n", timex.end)
        line_end = len(text) if line_end < 0 else line_end
        if any(t.type == "TIME" and line_start <= t.start < line_end for t in ordered):
            continue
        before = text[max(line_start, timex.start - 12):timex.start].split()
        if before and (before[-1].lower() in word_list("series_day_name_vetoes") or before[-1].lower() in ordinals()):
            continue          # "this Sunday walks", "the 2nd Friday clashes with Good Friday": a day
        dropped.add(id(timex))
    return [t for t in ordered if id(t) not in dropped] if dropped else ordered


def _plural(word: str) -> bool:
    """A lower-case plural noun ("walks", "sessions"), not a word merely ending in s ("class", "bus")."""
    return len(word) > 3 and plural_ending(word)
