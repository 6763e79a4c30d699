"""A site's posting stamp writes the zone of its servers, not of the place its story is about.

A news site stamps each story with the moment it went up ("2nd Monday, May 2031 - 09:12 UTC Full
article", "Posted 4 May 2031 07:40 PM PDT"), in the zone the site keeps. Read as a zone the
page writes its clocks in, such a stamp put an island council's "18.00" meeting in UTC although
the page names the islands. So a zone written only on stamps is the weakest written hint: below
the page's places, contacts and bodies' names (event_zones), still used when nothing else places
the page.

A stamp is a zoned clock on a short line that also holds a date covering the page's own day, with
at most ``STAMP_WORDS`` words besides its dates and clocks ("Full article", "Posted", "Updated on").
A deadline's line ("Closing: 30 May 2031 17:00 CET") dates another day and stays a written zone.
"""

from __future__ import annotations

import bisect
from datetime import date, datetime

from calfeed.events.words import LETTER_RUN
from calfeed.model import Timex
from calfeed.text import line_end, start_of_line

STAMP_WORDS = 3         # words a stamp's line holds besides its dates and clocks ("Full article")
STAMP_LINE = 120        # the longest line read as a stamp


def stamp_zone_clocks(text: str, timexes: list[Timex], published: date | None) -> set[int]:
    """The ids of the zoned clocks of ``timexes`` that stand on a stamp line of the page whose
    own day is ``published`` (none when the page's day is unknown)."""
    if published is None:
        return set()
    zoned = [t for t in timexes if t.tz and t.tz_text and t.type == "TIME"]     # cheapest first: most pages write none
    if not zoned:
        return set()
    ordered = sorted(timexes, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    day = datetime(published.year, published.month, published.day)
    found: set[int] = set()
    for clock in zoned:
        start, end = start_of_line(text, clock.start), line_end(text, clock.end)
        if end - start > STAMP_LINE:
            continue
        on_line = ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        if not any(t.type == "DATE" and t.interval is not None and t.interval.contains(day) for t in on_line):
            continue
        if _words_besides(text, start, end, on_line) <= STAMP_WORDS:
            found.add(id(clock))
    return found


def _words_besides(text: str, start: int, end: int, on_line: list[Timex]) -> int:
    """The words of the line ``start``-``end`` outside its timexes' spans."""
    count, at = 0, start
    for timex in on_line:
        if timex.start > at:
            count += len(LETTER_RUN.findall(text, at, timex.start))
        at = max(at, timex.end)
    return count + len(LETTER_RUN.findall(text, at, end))
