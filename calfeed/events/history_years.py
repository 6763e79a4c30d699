"""Years and days of history a page cites in passing ("fishers won a vote of their own in 1899", "the hall
was built in 1898", "marking the signing of the March 3, 1961 charter"). A year or a day that ended
long before the page was written dates no occasion a reader can attend or an archive would list
apart from the story: it is the background of what the page announces, so it gives no entry on a
page that gives an entry on or after its own date (as past_reports and told_history keep a page
with nothing ahead). The tense is not asked: the tagger reads "the chance to vote in 1899" as
ahead (an infinitive), and a day inside a name ("the March 3, 1961 charter") in a sentence told
ahead ("will be a holiday marking ...") as ahead too; no page announces a day a decade before its own."""

from __future__ import annotations

from datetime import date

from calfeed.events.candidates import Candidate
from calfeed.events.shared_place import day_of
from calfeed.model import ReferenceDate

HISTORY_YEARS = 10     # a year this long over before the page's own is history, not last year's news
_YEARS_OR_COARSER = frozenset({"year", "decade", "century", "millennium"})


def without_history_years(chosen: list[Candidate], reference: ReferenceDate) -> list[Candidate]:
    """``chosen`` without the one-offs (whole years, days) that ended HISTORY_YEARS or more before
    the page's date, when another entry lies on or after that date."""
    today = reference.value
    if today is None or reference.build_year:
        return chosen
    gone = {id(c) for c in chosen if _history(c, today)}
    if not gone or not any(id(c) not in gone and day_of(c.timing.end or c.timing.start) >= today for c in chosen):
        return chosen
    return [c for c in chosen if id(c) not in gone]


def _history(cand: Candidate, today: date) -> bool:
    """A one-off that ended HISTORY_YEARS or more before ``today``: a whole year by its year, a
    shorter stretch (a day, a month) by its last day."""
    timex = cand.timex
    if timex.interval is None or cand.timing.rrule is not None:
        return False
    end = (timex.end_interval or timex.interval).end      # the first moment after it
    if timex.interval.granularity in _YEARS_OR_COARSER:
        return end.year - 1 + HISTORY_YEARS <= today.year
    return (end.year + HISTORY_YEARS, end.month, end.day) <= (today.year, today.month, today.day)
