"""A call's or advert's deadline counted from its own publication ("within 45 days of the
publication of this call", "within 28 days of the date of this advert") is a deadline counted
from the document's date, as "within 21 days of the date of this notice" is."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 1, 4)


def test_days_from_the_publication_of_this_call():
    events = tagged_events("Proposals must be submitted within 45 days of the publication of this call.",
                           published=PUBLISHED)
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2027, 2, 18))]


def test_days_from_the_date_of_this_advert_or_invitation():
    for anchor in ("the date of this advert", "the date of this invitation", "this invitation to tender"):
        events = tagged_events(f"Expressions of interest must be received within 28 days of {anchor}.",
                               published=PUBLISHED)
        assert [(e.kind, e.start) for e in events] == [("deadline", date(2027, 2, 1))], anchor


def test_days_from_another_event_are_not_counted_from_the_page():
    events = tagged_events("Reports must be submitted within 30 days of the end of the project.", published=PUBLISHED)
    assert all(e.start != date(2027, 2, 3) for e in events)
