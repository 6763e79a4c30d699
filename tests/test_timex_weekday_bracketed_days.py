"""A bare weekday glossed by its full day in brackets ("from Wednesday (February 10, 2027, the 4th day of
the first lunar month) to the end of Tuesday (February 16, 2027, ...)") is that day: the run holds the
bracketed days, not a week counted from the page's day with the last day standing alone."""
# Provenance: session 69, R82 class 2 (a lunar new year holiday's days glossed in brackets); texts written
# for the test.

from __future__ import annotations

from datetime import date

from calfeed.timex import tag
from events_helpers import tagged_events

RUN = ("Harbour news\n\nThe Lantern holiday runs from Wednesday (February 10, 2027, the 4th day of the first lunar "
       "month) to the end of Tuesday (February 16, 2027, the 10th day of the lunar year's first month).\n")


def test_the_bracketed_days_are_the_runs_ends() -> None:
    found = [t for t in tag(RUN, date(2026, 12, 20)) if t.interval is not None]
    first = found[0]
    assert first.value == "2027-02-10" and first.end_interval is not None, found
    assert first.end_interval.start.date() == date(2027, 2, 16), found


def test_the_run_is_one_entry() -> None:
    rows = [(e.title, e.start, e.end) for e in tagged_events(RUN, published=date(2026, 12, 20))]
    assert rows == [("Lantern holiday", date(2027, 2, 10), date(2027, 2, 16))], rows


def test_a_bracketed_day_on_another_weekday_glosses_nothing() -> None:
    text = "The ferry sails on Thursday (February 10, 2027, a lunar date) and returns later.\n"
    values = [t.value for t in tag(text, date(2026, 12, 20))]
    assert "2027-02-10" in values and len(values) == 2, values
