"""A bare weekday bound to the day the same line writes with that weekday and a bracketed date:
"The fair peaks on lantern Monday and Tuesday, opening with the dawn walk on lantern Monday
(July 17)": both Mondays are 17 July, and the Tuesday joined to the first is the 18th.

The writer glosses the weekday once; its other mentions name the same day. Read alone, the bare
"Monday" became the coming Monday, a week before the gloss, and an entry on a day nothing happens.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_words import weekday_numbers
from calfeed.model import Interval, Timex
from calfeed.text import line_end, start_of_line

_GLOSSED = re.compile(r"([^\W\d_]+)\.?[ \t]{0,3}\(")                 # "Monday (": the weekday before its bracket
_WD = re.compile(r";wd=([1-7])(?:;|\Z)")


@lru_cache(maxsize=None)
def _joined() -> re.Pattern[str]:
    """What closes the gap between two weekdays of one telling ("Monday and Tuesday", "Monday, Tuesday"): a
    link of weekday_pair_links or a comma."""
    links = "|".join(re.escape(w) for w in sorted(word_list("weekday_pair_links"), key=len, reverse=True))
    return re.compile(rf"[ \t]{{1,3}}(?:{links})[ \t]{{1,3}}\Z|[ \t]{{0,3}},[ \t]{{1,3}}\Z")


def bracket_bound_weekdays(text: str, ordered: list[Timex]) -> list[Timex]:
    """``ordered`` with each bare weekday moved onto the day of a bracket-glossed mention of the
    same weekday word on its line ("lantern Monday (July 17)": 17 July), and a bare weekday joined
    to such a moved one by "and" or a comma onto the first day of its weekday after it. A line
    whose glosses give one weekday two days binds nothing."""
    glossed: dict[tuple[int, str], set[date]] = {}
    for timex in ordered:
        day = _glossed_day(timex)
        if day is not None:
            glossed.setdefault((start_of_line(text, timex.start), timex.text.split("(")[0].strip(" .").lower()),
                               set()).add(day)
    if not glossed:
        return ordered
    out: list[Timex] = []
    moved: Timex | None = None
    for timex in ordered:
        if not (timex.bare_weekday and timex.interval is not None and timex.end_interval is None):
            out.append(timex)
            moved = None
            continue
        word = timex.text.strip(" .").lower()
        days = glossed.get((start_of_line(text, timex.start), word), set())
        if len(days) == 1 and line_end(text, timex.start) >= timex.end:
            target = next(iter(days))
        elif moved is not None and _joined().search(text, moved.end, timex.start) is not None \
                and weekday_numbers().get(word) is not None:
            after = moved.interval.start.date()
            target = after + timedelta(days=(weekday_numbers()[word] - after.isoweekday() - 1) % 7 + 1)
        else:
            out.append(timex)
            moved = None
            continue
        timex = _moved_to(timex, target)
        out.append(timex)
        moved = timex
    return out


def _glossed_day(timex: Timex) -> date | None:
    """The day of a weekday glossed by a bracketed date ("Monday (July 17)"), when the date falls
    on that weekday; else None."""
    if timex.type != "DATE" or timex.interval is None or timex.end_interval is not None \
            or timex.interval.granularity != "day":
        return None
    opened = _GLOSSED.match(timex.text)
    wd = _WD.search(timex.raw_value or "")
    numbers = weekday_numbers()
    if opened is None or wd is None or numbers.get(opened.group(1).lower()) != int(wd.group(1)):
        return None
    day = timex.interval.start.date()
    return day if day.isoweekday() == int(wd.group(1)) else None


def _moved_to(timex: Timex, day: date) -> Timex:
    """``timex`` moved onto ``day`` (whole days), its value rewritten."""
    shift = day - timex.interval.start.date()
    interval = Interval(timex.interval.start + shift, timex.interval.end + shift, timex.interval.granularity)
    value = day.isoformat() + timex.value[10:] if timex.value[:4].isdigit() else timex.value
    return replace(timex, value=value, interval=interval)
