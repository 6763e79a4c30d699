"""A page's dates found by the stretch of text they stand in, by bisection.

Several readers ask, for each row of a page, which dates stand on that row or under it. On a
programme page of a thousand rows, reading every date of the page for each row was quadratic.
The index sorts the dates by start once; a question reads only the dates that can answer it, and
gives them in the page's own order, so a reader that takes the first one that fits, or all of
them, gets what reading the whole list gave.
"""

from __future__ import annotations

import bisect

from calfeed.model import Timex


class DatesByOffset:
    """``dates`` (in any order) by where they start."""

    def __init__(self, dates: list[Timex]) -> None:
        self.dates = dates
        self._order = sorted(range(len(dates)), key=lambda i: dates[i].start)
        self._starts = [dates[i].start for i in self._order]
        self._longest = max((t.end - t.start for t in dates), default=0)
        # whether the page's order is already by start (a reader that cuts the list at an offset by
        # bisection, as agenda's nearby rows, means the same dates only then)
        self.by_start = all(a.start <= b.start for a, b in zip(dates, dates[1:]))

    def overlapping(self, begin: int, end: int) -> list[Timex]:
        """The dates with ``t.start < end and t.end > begin``, in the page's order (one starting at or
        before ``begin - longest`` ends by ``begin``)."""
        low = bisect.bisect_right(self._starts, begin - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return [self.dates[i] for i in sorted(i for i in self._order[low:high] if self.dates[i].end > begin)]

    def starting_in(self, begin: int, end: int) -> list[Timex]:
        """The dates with ``begin <= t.start < end``, in the page's order."""
        low = bisect.bisect_left(self._starts, begin)
        high = bisect.bisect_left(self._starts, end)
        return [self.dates[i] for i in sorted(self._order[low:high])]
