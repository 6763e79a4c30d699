"""One moment written in several zones for readers in each: "3pm GMT / 8:30pm IST, 9 March";
a start listed as "9.40pm NZT" / "7.40pm AEST" / "7.10pm ACST" on lines of their own.

The zones do not disagree about the page's clock: they restate one instant. The first one
written is the page's own (an organiser writes its own time first), and the others are
translations for readers elsewhere, so they neither outvote it nor make the page's zone unknown.
When the first is in a zone the tagger cannot read ("NZT"), the others translate an unknown
clock and say nothing of the page's own zone.
"""

from __future__ import annotations

import re
from datetime import datetime

from calfeed.events.glossed_clocks import zone_info
from calfeed.model import Timex

# What may stand between two clocks of one run: a zone abbreviation the tagger did not read
# ("NZT") right after the first, then spaces, line breaks, slashes, bars, commas, brackets and
# dashes; any other word between them makes them two sayings.
_BETWEEN = re.compile(r"(?:[ \t]{0,2}[A-Z]{2,5})?[\s/|,;()\[\]–—-]{0,12}")


def restating_clocks(text: str, timexes: list[Timex]) -> set[int]:
    """The ids of the zoned clocks that restate another's instant: in a run of clocks with nothing
    but separators between them, each one whose zone differs from the run's first and names the
    same instant; and every zoned clock of a run whose first clock has a zone the tagger did not
    read ("9.40pm NZT" / "7.40pm AEST" / "7.10pm ACST"), since they restate a clock whose zone
    is unknown."""
    clocks = sorted((t for t in timexes if t.type == "TIME" and t.interval is not None), key=lambda t: t.start)
    found: set[int] = set()
    head: Timex | None = None
    for before, clock in zip([None, *clocks], clocks):
        if before is None or not _BETWEEN.fullmatch(text, before.end, clock.start):
            head = clock
            continue
        if clock.tz and head is not None and (
                not head.tz or (clock.tz != head.tz and _instant(head) is not None and _instant(head) == _instant(clock))):
            found.add(id(clock))
    return found


def _instant(timex: Timex) -> datetime | None:
    zone = zone_info(timex.tz) if timex.tz else None
    if zone is None or timex.interval is None:
        return None
    return timex.interval.start.replace(tzinfo=zone)
