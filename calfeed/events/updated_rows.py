"""A schedule's rows given again under an update line: the new clocks replace the old ones.

A live page amends its own schedule by adding lines rather than editing them: the day's rows
("1.15pm - Junior heats", "2pm - Senior heats"), then "UPDATE: Owing to the rain, the heats now
run as follows:" and the same rows at new clocks ("2.30pm - Junior heats"). Read as they stand,
each row gave an entry, and the old clocks stayed beside the new ones. A timed entry read above a
line opened by an update word (update_line_openers, then a colon or a dash) gives way to one read
below it with the same title on the same day at another clock; rows the update does not name keep
their clocks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, datetime
from functools import lru_cache

from calfeed.events.identity import normalise_title
from calfeed.events.vocabulary import list_alternation
from calfeed.model import Event


@lru_cache(maxsize=None)
def _update_line() -> re.Pattern[str]:
    """A line opened by an update word and a colon or a dash ("UPDATE:", "Revised -"). A literal
    alternation anchored at a line's start: linear."""
    openers = list_alternation("update_line_openers", blank=r"[ \t]+")
    return re.compile(rf"^[ \t*_#]*(?:{openers})[ \t*_]*[:–—-]", re.MULTILINE | re.IGNORECASE)


def without_updated_rows(events: list[Event], text: str) -> list[Event]:
    """``events`` (one document's) without each timed entry read wholly above an update line whose
    title and day a timed entry read wholly below that line has at another clock."""
    timed = [e for e in events if isinstance(e.start, datetime) and e.sources]
    if len(timed) < 2:
        return events
    marks = [found.start() for found in _update_line().finditer(text)]
    if not marks:
        return events
    latest: dict[tuple[str, date], list[tuple[int, datetime]]] = {}    # by title and day: (updates above, start)
    for e in timed:
        latest.setdefault((normalise_title(e.title), e.start.date()), []).append(
            (bisect_right(marks, min(s.start for s in e.sources)), e.start))
    gone: set[int] = set()
    for e in timed:
        above = bisect_left(marks, max(s.end for s in e.sources))     # the update lines above its last source
        if any(updates > above and start != e.start
               for updates, start in latest[(normalise_title(e.title), e.start.date())]):
            gone.add(id(e))
    return [e for e in events if id(e) not in gone] if gone else events
