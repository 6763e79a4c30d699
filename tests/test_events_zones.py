"""A timed event with no zone of its own takes the zone the document's places agree on
(Leeds, Bristol: Europe/London); places in several zones leave it floating."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed


def test_a_time_takes_the_zone_of_the_document_s_places():
    found = framed("Our statistics group is based in Leeds.\n\nA drinks reception will take place "
                   "on 5 June 2027 at 18:00.", published=date(2027, 5, 1))
    event = found["Drinks reception"]
    assert event.tz == "Europe/London"
    assert any("from the document's places" in n for n in event.notes)


def test_places_in_two_zones_leave_a_time_floating():
    found = framed("Speakers come from Leeds and Berlin.\n\nA drinks reception will take place "
                   "on 5 June 2027 at 18:00.", published=date(2027, 5, 1))
    assert found["Drinks reception"].tz is None
