"""Spans of a document (its dates, its clocks) asked for by position. A row of a table asks
which of the page's dates lie in its cells; asking every date of the page for every row made a
table of thousands of rows quadratic. :class:`IndexedSpans` keeps the spans as given and a
sorted copy to bisect; the helpers answer the same for a plain sequence, by a scan."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from itertools import accumulate
from typing import Generic, TypeVar

Span = tuple[int, int]
T = TypeVar("T")


class IndexedSpans(list[Span]):
    """(start, end) spans in the order given, with a sorted index. Made once and never changed:
    the index is not updated by list operations."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        super().__init__(spans)
        self._sorted = sorted(self)
        self._starts = [a for a, _ in self._sorted]

    def starting(self, low: int, high: int) -> list[Span]:
        return self._sorted[bisect_left(self._starts, low):bisect_left(self._starts, high)]

    def ending(self, low: int, high: int) -> list[Span]:
        by_end, ends = self._by_end
        return by_end[bisect_left(ends, low):bisect_left(ends, high)]

    @cached_property
    def _by_end(self) -> tuple[list[Span], list[int]]:
        """The spans sorted by their ends, and the ends: made when first asked (few readers ask)."""
        by_end = sorted(self, key=lambda s: (s[1], s[0]))
        return by_end, [b for _, b in by_end]


def starting_in(spans: Sequence[Span], low: int, high: int) -> list[Span]:
    """The spans that start at ``low`` or after and before ``high``, sorted."""
    if isinstance(spans, IndexedSpans):
        return spans.starting(low, high)
    return sorted(s for s in spans if low <= s[0] < high)


def ending_in(spans: Sequence[Span], low: int, high: int) -> list[Span]:
    """The spans that end at ``low`` or after and before ``high``, sorted by their ends."""
    if isinstance(spans, IndexedSpans):
        return spans.ending(low, high)
    return sorted((s for s in spans if low <= s[1] < high), key=lambda s: (s[1], s[0]))


def spans_inside(spans: Sequence[Span], start: int, end: int) -> list[Span]:
    """The spans wholly inside ``start``..``end`` (an empty one at ``end`` too), sorted."""
    return [s for s in starting_in(spans, start, end + 1) if s[1] <= end]


class FirstStarting(Generic[T]):
    """The first item, in the order given, that starts at or after an offset. Items need not be
    sorted: the running highest start rises with the list, and the first place where it reaches
    the offset holds the first item that does, so one bisection answers what a scan from the
    front did for each asker (a page's weekly series each looking for the date after them)."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int]) -> None:
        self._items = items
        self._highest: list[int] = list(accumulate((start(item) for item in items), max))

    def at_or_after(self, offset: int) -> T | None:
        k = bisect_left(self._highest, offset)
        return self._items[k] if k < len(self._items) else None


class HoldingSpans(list[Span]):
    """(start, end) spans sorted by their starts (a clause's dates), answering which of them holds an
    offset (``start <= offset < end``) by bisection. The running furthest end first passes the
    offset at the first span that ends after it; that span holds the offset when it starts at or
    before it, and no later one starts sooner: a reader stepping back over a list of many dates
    asked every date for each word it passed. Spans given out of order are scanned instead."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        super().__init__(spans)
        self._reach: list[int] = list(accumulate((b for _, b in self), max))
        self._sorted = all(self[k - 1][0] <= self[k][0] for k in range(1, len(self)))

    def holding(self, offset: int) -> Span | None:
        """The first span, in the order given, that holds ``offset``, or None."""
        if not self._sorted:
            return next((s for s in self if s[0] <= offset < s[1]), None)
        k = bisect_right(self._reach, offset)
        return self[k] if k < len(self) and self[k][0] <= offset else None
