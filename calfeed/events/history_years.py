"""Years of history a page cites in passing ("fishers won a vote of their own in 1899", "the hall
was built in 1898"). A whole year that ended long before the page was written dates no occasion
a reader can attend or an archive would list apart from the story: it is the background of what
the page announces, so it gives no year-long entry on a page that gives an entry on or after its
own date (as past_reports and told_history keep a page with nothing ahead). The tense is not
asked: the tagger reads "the chance to vote in 1899" as ahead (an infinitive), and no page
announces a year a decade before its own."""

from __future__ import annotations

from calfeed.events.candidates import Candidate
from calfeed.events.shared_place import day_of
from calfeed.model import ReferenceDate

HISTORY_YEARS = 10     # a year this long over before the page's own is history, not last year's news
_YEARS_OR_COARSER = frozenset({"year", "decade", "century", "millennium"})


def without_history_years(chosen: list[Candidate], reference: ReferenceDate) -> list[Candidate]:
    """``chosen`` without the whole years that ended HISTORY_YEARS or more before the page's
    date, when another entry lies on or after that date."""
    today = reference.value
    if today is None or reference.build_year:
        return chosen
    gone = {id(c) for c in chosen if _history(c, today.year)}
    if not gone or not any(id(c) not in gone and day_of(c.timing.end or c.timing.start) >= today for c in chosen):
        return chosen
    return [c for c in chosen if id(c) not in gone]


def _history(cand: Candidate, year: int) -> bool:
    timex = cand.timex
    return (timex.interval is not None and cand.timing.rrule is None
            and timex.interval.granularity in _YEARS_OR_COARSER
            and (timex.end_interval or timex.interval).end.year - 1 + HISTORY_YEARS <= year)
