"""A key-dates list names a submission window with its acronym in brackets ("Satellite
Workshops (SWs) submission period") over a range of days: the bracket joins the name to the
window noun as if it were not there, so the range is a window that opens on its first day and
closes on its last, at the hour the list gives every deadline; not one meeting over the range."""
# Provenance: held-out round R42 (class 5), sentences written for this test.

from datetime import date, datetime

from events_helpers import tagged_events

_DATES = ("# Key Dates\n\n"
          "(all deadlines are 11.59pm CET)\n\n"
          "- October 1st – November 28th 2025: Satellite Workshops (SWs) submission period. Proposals are "
          "reviewed as they arrive.\n"
          "- December 1st 2025 – January 9th 2026: Industry Track contributions submission period.\n"
          "- February 2nd 2026: Notification of acceptance\n")


def test_the_window_closes_on_its_last_day():
    events = tagged_events(_DATES, published=date(2025, 8, 1))
    closing = [e for e in events if e.kind == "deadline" and "Satellite Workshops" in e.title]
    assert [e.start for e in closing] == [datetime(2025, 11, 28, 23, 59)]


def test_no_entry_spans_the_window():
    events = tagged_events(_DATES, published=date(2025, 8, 1))
    assert all(not (e.start == date(2025, 10, 1) and e.end == date(2025, 11, 28)) for e in events)
