"""Spans of a document (its dates, its clocks) asked for by position. A row of a table asks
which of the page's dates lie in its cells; asking every date of the page for every row made a
table of thousands of rows quadratic. :class:`IndexedSpans` keeps the spans as given and a
sorted copy to bisect; the helpers answer the same for a plain sequence, by a scan."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

Span = tuple[int, int]


class IndexedSpans(list[Span]):
    """(start, end) spans in the order given, with a sorted index. Made once and never changed:
    the index is not updated by list operations."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        super().__init__(spans)
        self._sorted = sorted(self)
        self._starts = [a for a, _ in self._sorted]

    def starting(self, low: int, high: int) -> list[Span]:
        return self._sorted[bisect_left(self._starts, low):bisect_left(self._starts, high)]


def starting_in(spans: Sequence[Span], low: int, high: int) -> list[Span]:
    """The spans that start at ``low`` or after and before ``high``, sorted."""
    if isinstance(spans, IndexedSpans):
        return spans.starting(low, high)
    return sorted(s for s in spans if low <= s[0] < high)


def spans_inside(spans: Sequence[Span], start: int, end: int) -> list[Span]:
    """The spans wholly inside ``start``..``end`` (an empty one at ``end`` too), sorted."""
    return [s for s in starting_in(spans, start, end + 1) if s[1] <= end]
