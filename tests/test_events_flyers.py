"""A flyer: its headline in capitals names the event, the date line under it (with its clock)
is the event's, not the flyer's own date; nouns inside web addresses are no events."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from events_helpers import tagged_events

FLYER = """Friends of the Watertown Free Public Library present

AN EVENING WITH MARISOL VEGA
Pulitzer finalist reads from her new novel "The Salt Year"

Sunday, 3/14/2027 at 6:30 PM ET
Doors open 6:00 PM

FREE and open to the public. Seating is limited - RSVP by 3/7/2027 at watertownlib.org/events or call (617) 555-0142.
"""


def test_the_headline_event_is_at_the_date_line_under_it():
    result = process_document(Document("flyer.txt", FLYER), Options(today=date(2027, 2, 1)))
    found = {e.title: e for e in result.events}
    evening = found["An Evening With Marisol Vega"]
    assert (evening.start, evening.tz) == (datetime(2027, 3, 14, 18, 30), "America/New_York")
    assert found["RSVP"].kind == "deadline" and found["RSVP"].start == date(2027, 3, 7)
    assert "Events" not in found


def test_a_range_line_with_its_city_and_venue_under_the_title_is_the_conference():
    text = ("# EuroHCI 2027 conference\n\nLisbon, 7–9 June 2027, Faculdade de Ciências, Universidade de Lisboa\n\n"
            "Registration opens on 1 March 2027.\n")
    found = {e.title: e for e in tagged_events(text, published=date(2027, 1, 10))}
    conference = next(e for e in found.values() if e.kind == "conference")
    assert (conference.start, conference.end) == (date(2027, 6, 7), date(2027, 6, 9))
