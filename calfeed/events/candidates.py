"""A date on its way to becoming an event: what its words say (Frame), what framing has
settled about it (Candidate), and the document's dates in a form clauses can query."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from calfeed.events.places import Place
from calfeed.events.timing import Timing
from calfeed.model import Timex

MAX_EXPRESSION = 200     # longest date expression looked back for when finding a clause's dates
GRANULARITY_ORDER = ("millennium", "century", "decade", "year", "half", "quarter", "season",
                     "month", "week", "day", "partofday", "hour", "minute", "second")


@dataclass
class Frame:
    """What the words say about one date, before its time is worked out."""

    title: str
    kind: str
    anchor: tuple[int, int]          # the clause and word that own the title (one date each)
    notes: list[str] = field(default_factory=list)
    closes: bool = False             # the date is when the event named ends ("will close on Friday")
    head: str | None = None          # its event noun when no phrase of the clause names it ("It will open")


@dataclass
class Candidate:
    timex: Timex
    frame: Frame
    timing: Timing
    place: Place | None
    sentence: tuple[int, int]
    place_note: str | None = None
    head: str | None = None           # the event noun, lower-cased, when a phrase names the event
    ends: bool = False                # the date is when an event named before ends ("runs until 21 March")
    running: bool = False             # "until": the event may already run when the document is written
    online: str | None = None         # the word that makes the event online ("webinar"): it has no venue
    item: bool = False                # a dated item of a programme ("- 12 January 2027: Anna Novak, ...")
    exdates: list = field(default_factory=list)   # a series' days held as items of their own, or cancelled


class DateSpans:
    """A document's dates, sorted, answering "which dates are in this clause?" by bisection
    so that long documents stay linear-ish. Durations are not dates and may sit inside a
    name ("two-day workshop"), so they never block a phrase."""

    def __init__(self, timexes: list[Timex]) -> None:
        self.timexes = timexes
        self.starts = [t.start for t in timexes]

    def _near(self, clause: tuple[int, int]) -> tuple[int, int]:
        """The index range of the dates that may overlap ``clause`` (one may start up to
        MAX_EXPRESSION before it)."""
        return (bisect.bisect_left(self.starts, clause[0] - MAX_EXPRESSION),
                bisect.bisect_left(self.starts, clause[1]))

    def within(self, clause: tuple[int, int]) -> list[Timex]:
        low, high = self._near(clause)
        return [t for t in self.timexes[low:high] if t.start < clause[1] and clause[0] < t.end]

    def each_within(self, clause: tuple[int, int]) -> Iterator[Timex]:
        """:meth:`within`'s dates one at a time, for a reader that may stop at the first it wants
        (a clause running to a one-line page's end holds every later date of the page)."""
        low, high = self._near(clause)
        for k in range(low, high):
            t = self.timexes[k]
            if t.start < clause[1] and clause[0] < t.end:
                yield t

    def starts_at(self, offset: int) -> bool:
        """Whether a date (not a duration) starts at ``offset``."""
        return any(t.start == offset and t.type != "DURATION" for t in self.within((offset, offset + 1)))

    def spans(self, clause: tuple[int, int]) -> list[tuple[int, int]]:
        return [(t.start, t.end) for t in self.within(clause) if t.type != "DURATION"]

    def dated_spans(self, clause: tuple[int, int]) -> list[tuple[int, int]]:
        """The spans of dates that say when something is: a "now" or "recently" (a ``_REF`` value)
        dates nothing ("The saga, now in its second week, ..."), so it marks no dated line."""
        return [(t.start, t.end) for t in self.within(clause) if t.type != "DURATION" and not t.value.endswith("_REF")]

    def latest_end(self, clause: tuple[int, int]) -> int | None:
        """The latest end, at or before the clause's end, of the clause's dates (as :meth:`within`
        finds them), or None: where the last date before an offset stops, read from the dates
        sorted by their ends, where a scan of the clause's dates grew with a long line per asker."""
        by_end, ends = self._by_end
        k = bisect.bisect_right(ends, clause[1]) - 1
        while k >= 0 and ends[k] > clause[0]:
            found = by_end[k]
            if clause[0] - MAX_EXPRESSION <= found.start < clause[1]:
                return found.end
            k -= 1
        return None

    @cached_property
    def _by_end(self) -> tuple[list[Timex], list[int]]:
        by_end = sorted(self.timexes, key=lambda t: t.end)
        return by_end, [t.end for t in by_end]

    def after(self, timex: Timex) -> Timex | None:
        """The date (not a duration) that starts first after ``timex`` ends, within an expression's reach."""
        later = [t for t in self.within((timex.end, timex.end + MAX_EXPRESSION))
                 if t.start >= timex.end and t.type != "DURATION"]
        return min(later, key=lambda t: (t.start, t.end)) if later else None

    def before(self, timex: Timex) -> Timex | None:
        """The date (not a duration) that ends last before ``timex`` starts."""
        earlier = [t for t in self.within((timex.start - MAX_EXPRESSION, timex.start))
                   if t.end <= timex.start and t.type != "DURATION"]
        return max(earlier, key=lambda t: (t.end, t.start)) if earlier else None


def coarser_than_day(timex: Timex) -> bool:
    """A month, a season, a year: no single day."""
    span = timex.span
    return span is not None and GRANULARITY_ORDER.index(span.granularity) < GRANULARITY_ORDER.index("day")


def one_day(timex: Timex) -> bool:
    """A single written day, with or without its clock ("May 11", "February 9 - 5:30 PM")."""
    span = timex.interval
    return (timex.type in ("DATE", "TIME") and span is not None and not date_not_written(timex)
            and timex.end_interval is None and not timex.approximate
            and span.granularity in ("day", "hour", "minute", "second") and any(c.isdigit() for c in timex.text))


def date_not_written(timex: Timex) -> bool:
    """A clock time whose day came from context ("All deadlines are at 23:59 AoE")."""
    raw = timex.raw_value or timex.value
    return timex.type == "TIME" and (raw.startswith("T") or raw.startswith("XXXX-XX-XX"))
