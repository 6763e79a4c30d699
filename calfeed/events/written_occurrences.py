"""A series with no start of its own that the same page dates an occurrence of: "City Council
meetings are held every first and third Tuesdays of the month. ... Our next City Council meeting
will take place on Tuesday, September 1".

A series whose page writes no start is counted from the page's date. When that date is a guess
(a page with no date of its own: the guess can be months off), a dated entry whose name holds
every word of the series' name, on a day the series' rule gives, is one of its meetings the page
does know: the series runs from there. Only a later day moves it (an earlier one may be a past
meeting told in passing), a rule with an end of its own stays as written, and a page whose date
is known keeps the meetings between its date and the one it writes.

A page that lists its sessions by day under the series ("Every third Saturday of the month
..." over "21st March - ...", "18th April - ...") dates its occurrences without naming them after
the series: when at least two of the written days after the series fall on its rule, and more of
them do than do not, the series runs from the first of them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, time

from calfeed.events.candidates import Candidate, one_day
from calfeed.events.introduced_starts import started_on
from calfeed.events.nearby_clocks import title_words
from calfeed.events.shared_place import day_of
from calfeed.events.timing import first_occurrence
from calfeed.model import Timex

MIN_LISTED_DAYS = 2      # written days on a series' rule that make a list of its sessions


def written_occurrence_starts(chosen: list[Candidate], guessed: bool) -> list[Candidate]:
    """``chosen`` with each series counted from the document's date started on the first day
    after its start on which the page dates one of its meetings; ``guessed``: the page's date
    is a guess (nothing moves otherwise)."""
    if not guessed or not any(c.timing.from_reference for c in chosen):
        return chosen
    dated = [c for c in chosen if c.timing.rrule is None and c.timing.window is None and c.timing.precision == "exact"
             and (c.timing.end is None or day_of(c.timing.end) == day_of(c.timing.start))]
    out = []
    for cand in chosen:
        timing = cand.timing
        if timing.from_reference and timing.rrule and "UNTIL=" not in timing.rrule:
            named = title_words(cand.frame.title)
            days = sorted(day_of(other.timing.start) for other in dated
                          if named and named <= title_words(other.frame.title)
                          and day_of(other.timing.start) > day_of(timing.start)
                          and _on_rule(timing.rrule, day_of(other.timing.start)))
            if days:
                cand = started_on(cand, days[0], f"series starts on {days[0].isoformat()}, the day the page "
                                                  "gives one of its meetings")
        out.append(cand)
    return out


def _on_rule(rule: str, day: date) -> bool:
    """Whether the rule gives ``day``, counted from that day itself: the series' start is the
    guessed page date, which fixes no phase (framing._occurrence_on counts from the series' start,
    so an every-other-week rule would miss the meeting the page writes)."""
    first = first_occurrence(rule, datetime.combine(day, time(0)))
    return first is not None and first.date() == day


def listed_occurrence_starts(chosen: list[Candidate], ordered: list[Timex], guessed: bool) -> list[Candidate]:
    """``chosen`` with each series counted from a guessed page date started on the first written
    day after it in the text that its rule gives, when the days written after it are mostly its
    own ("third Saturday of each month" over "21st March", "18th April", ...)."""
    if not guessed or not any(c.timing.from_reference for c in chosen):
        return chosen
    written = sorted(((t.start, t.interval.start.date()) for t in ordered if t.type == "DATE" and one_day(t)),
                     key=lambda w: w[0])
    starts = [at for at, _ in written]
    asked = {id(c): bisect_right(starts, c.timex.end) for c in chosen if _listed_series(c)}   # its first day after it
    lowest: dict[str, int] = {}
    for cand in chosen:
        if id(cand) in asked:
            lowest[cand.timing.rrule] = min(lowest.get(cand.timing.rrule, len(written)), asked[id(cand)])
    tallies = {rule: _RuleTally.of(rule, [day for _, day in written], low) for rule, low in lowest.items()}
    out = []
    for cand in chosen:
        if id(cand) in asked:
            after = len(written) - asked[id(cand)]
            own, first = tallies[cand.timing.rrule].from_day(asked[id(cand)])
            if own >= MIN_LISTED_DAYS and 2 * own > after:
                cand = started_on(cand, first, f"series starts on {first.isoformat()}, the first day the page "
                                               "lists that its rule gives")
        out.append(cand)
    return out


def _listed_series(cand: Candidate) -> bool:
    timing = cand.timing
    return (cand.timex.type == "SET" and timing.from_reference and bool(timing.rrule)
            and "UNTIL=" not in timing.rrule)


@dataclass(frozen=True)
class _RuleTally:
    """For one rule, over the page's written days in text order from ``low`` on: how many of
    the days from each one on the rule gives, and the earliest of them. Read once a rule, where
    each series read every day after it (a page of weekly rows paid its series times its days)."""

    low: int
    counts: list[int]
    firsts: list[date | None]

    @classmethod
    def of(cls, rule: str, days: list[date], low: int) -> _RuleTally:
        given: dict[date, bool] = {}
        counts, firsts = [0] * (len(days) - low + 1), [None] * (len(days) - low + 1)
        for k in range(len(days) - 1, low - 1, -1):
            day = days[k]
            if day not in given:
                given[day] = _on_rule(rule, day)
            later = firsts[k - low + 1]
            counts[k - low] = counts[k - low + 1] + given[day]
            firsts[k - low] = (day if later is None or day < later else later) if given[day] else later
        return cls(low, counts, firsts)

    def from_day(self, k: int) -> tuple[int, date | None]:
        return self.counts[k - self.low], self.firsts[k - self.low]
