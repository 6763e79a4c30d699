"""A city a row or a sentence names for itself
places its event, though not after "in"/"at": a city before a venue's initials ("onsite Berlin
ICC", "at the Berlin ICC") or naming the event ("The Nairobi forum", "the Berlin summit")."""
# Provenance: Red team round 8 item 1 (table rows) and 8b D7.

from __future__ import annotations

from datetime import date

import pytest
from events_helpers import framed_by_title as framed
from events_helpers import tagged_events


def framed_by_all(text: str):
    return tagged_events(text, published=date(2013, 4, 1))


def test_a_row_naming_its_own_city_keeps_its_zone_over_the_document_s_written_zone():
    text = ("| June 7, 2013 | Early Registration Discount Cut-off date (rate ends 11:00 p.m. Pacific) |\n"
            "|---|---|\n"
            "| July 18, 2013 | Late Registration available onsite Berlin ICC (3p.m. - 6p.m.) |\n")
    events = [e for e in framed_by_all(text) if not e.all_day]
    zones = {e.start.date().isoformat(): e.tz for e in events}
    assert zones == {"2013-06-07": "America/Los_Angeles", "2013-07-18": "Europe/Berlin"}


@pytest.mark.parametrize("sentence", [
    "Late registration will be available onsite at the Berlin ICC on July 18, 2013 from 3 p.m. to 6 p.m.",
    "Late registration will be available at the Berlin ICC on July 18, 2013 from 3 p.m. to 6 p.m."])
def test_a_city_before_a_venue_s_initials_places_it(sentence):
    event, = [e for e in framed_by_all(sentence) if not e.all_day]
    assert (event.tz, event.location) == ("Europe/Berlin", "Berlin ICC")


@pytest.mark.parametrize("sentence, title, zone", [
    ("The Nairobi forum will open on 4 March 2027 at 9:00 local time.", "Nairobi forum opens", "Africa/Nairobi"),
    ("The Berlin summit will be held on 4 March 2027 at 10:00.", "Berlin summit", "Europe/Berlin"),
    ("This year's Lisbon Conference will start on 4 March 2027 at 10:00.", "Lisbon Conference", "Europe/Lisbon")])
def test_a_city_naming_the_event_places_it(sentence, title, zone):
    assert framed(sentence, published=date(2027, 1, 10))[title].tz == zone


def test_a_city_naming_something_else_is_no_place():
    found = framed("The Paris agreement team will meet on 4 March 2027 at 10:00.", published=date(2027, 1, 10))
    assert all(e.tz is None for e in found.values())


@pytest.mark.parametrize("sentence", [
    "Journalists who have not registered for the Spring Meetings must do so by 5 p.m. on 14 April 2027.",
    "The Conference of the Parties to the Stockholm Convention will open on 4 May 2027 at 10:00."])
def test_a_town_named_like_a_word_or_a_treaty_s_city_is_no_place(sentence):
    assert all(e.location is None and e.tz is None for e in framed(sentence, published=date(2027, 1, 10)).values())
