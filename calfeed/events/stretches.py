"""Stretches of a page's text collected as a loop reads it, asked "is this offset inside one?".

The framing loop marks the rest of each line a date opens ("Monday 8 February — ...") and asks,
for every later date, whether it stands in such a rest. Asked of a plain list, that question read
every stretch marked so far for each date: quadratic on a programme page of a thousand rows. The
stretches are kept sorted by start; only those starting within the longest stretch's length
before the offset can hold it, so the answer is the same as reading them all.
"""

from __future__ import annotations

import bisect


class Stretches:
    """[start, end) stretches, added in any order."""

    def __init__(self) -> None:
        self._sorted: list[tuple[int, int]] = []
        self._longest = 0
        self.last: tuple[int, int] | None = None     # the stretch added last

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._sorted, (start, end))
        self._longest = max(self._longest, end - start)
        self.last = (start, end)

    def holds(self, offset: int) -> bool:
        """Some stretch has ``start <= offset < end`` (one starting at or before ``offset - longest``
        ends by ``offset``)."""
        low = bisect.bisect_right(self._sorted, (offset - self._longest, float("inf")))
        high = bisect.bisect_right(self._sorted, (offset, float("inf")))
        return any(offset < end for _, end in self._sorted[low:high])
