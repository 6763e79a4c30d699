"""Clocks that stamp a notice with when it went out: "Issued at GMT 6:20" under a broadcast notice.

A government bulletin's last lines often say when it was issued ("Ends/Friday, March 6, 2026" /
"Issued at GMT 6:20"); the clock is the notice's own moment, not a time anything it announces happens,
yet read alone it became an entry titled by the label. A line holding only a stamp label
(``stamp_clock_labels``), a link, an optional zone abbreviation and the clock is such a stamp;
its clock frames no entry.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.candidates import date_not_written
from calfeed.events.vocabulary import list_alternation
from calfeed.model import Timex
from calfeed.text import line_end, start_of_line

# Markdown or list marks around the line's words, and a zone abbreviation ("HKT", "(GMT)").
_EDGE = r"[ \t*_#>|-]*"
_ZONE = r"(?:\(?[A-Z]{2,5}\)?[ \t]{1,3})?"


@lru_cache(maxsize=None)
def _stamp_lead() -> re.Pattern[str]:
    """The line's words before the clock: a stamp label, a colon or none, a zone abbreviation or none."""
    labels = list_alternation("stamp_clock_labels", r"[ \t]{1,3}")
    return re.compile(rf"{_EDGE}(?:{labels})[ \t]{{0,3}}:?[ \t]{{0,3}}{_ZONE}$", re.IGNORECASE)


_STAMP_TAIL = re.compile(rf"[ \t]{{0,3}}(?:\(?[A-Z]{{2,5}}\)?)?[ \t*_.]*$")


def stamp_clocks(text: str, timexes: list[Timex]) -> set[int]:
    """The ids of the clock times with no day written that stand on a stamp line of their own."""
    found: set[int] = set()
    for timex in timexes:
        if not date_not_written(timex):
            continue        # cheapest first: a clock with no day ("Posted: 01 May 2027 07:40 PM PDT" dates the
                            # page, and its zone says where the poster is: the page-date readers' own)
        start = start_of_line(text, timex.start)
        if (_stamp_lead().match(text, start, timex.start) is not None
                and _STAMP_TAIL.match(text, timex.end, line_end(text, timex.end)) is not None):
            found.add(id(timex))
    return found
