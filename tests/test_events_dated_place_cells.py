"""A table cell that holds both an event's day and its venue ("Saturday, March 14, 10:00 am
Community Hall") places the event at the venue: the month of its date is no town (there are towns
called March, May and August), so the cell gives no zone of its own."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PAGE = """Drop-in sessions with your councillors

Come and talk to the councillors about your neighbourhood.

| Area | Session Date and Location | Councillor |
|---|---|---|
| North | Saturday, March 14, 10:00 - 11:30 am Community Hall | Councillor Reyes |
| South | Tuesday, May 19, 7:00 - 8:30 pm Riverside Library | Councillor Okafor |
| East | Monday, August 10, 7:00 - 8:30 pm Community Hall | Councillor Lindqvist |
"""


def test_a_month_in_a_date_and_venue_cell_is_no_town():
    events = tagged_events(PAGE, published=date(2026, 2, 2))
    assert len(events) == 3
    assert [e.tz for e in events] == [None, None, None]
    assert [e.location for e in events] == ["Community Hall", "Riverside Library", "Community Hall"]


def test_a_town_in_the_venue_column_still_places_the_row():
    page = PAGE.replace("Community Hall |", "Community Hall, Leeds |").replace("Riverside Library |", "Riverside Library, Leeds |")
    events = tagged_events(page, published=date(2026, 2, 2))
    assert {e.tz for e in events} == {"Europe/London"}
