"""A milestone row due "by" a day ("Notification of acceptance: by 30 April 2027") happens on or
before that day: it is an exact entry on the day, not a stretch from the document's date, as
something running ("The exhibition runs until 5 July") is."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2026, 11, 9)


def test_a_notification_row_by_a_day_is_an_exact_milestone():
    events = tagged_events("Important dates\nPaper submission: 1 March 2027\n"
                           "Notification of acceptance: by 30 April 2027\n", published=PUBLISHED)
    notes = [(e.kind, e.start, e.end, e.precision) for e in events if "otification" in e.title]
    assert notes == [("milestone", date(2027, 4, 30), date(2027, 4, 30), "exact")]


def test_an_exhibition_running_until_a_day_is_still_a_stretch():
    events = tagged_events("The exhibition runs until 5 July 2027.", published=PUBLISHED)
    assert [(e.start, e.end, e.precision) for e in events] == [(PUBLISHED, date(2027, 7, 5), "approximate")]
