"""A dateline whose town is written with "City" after a name the gazetteer knows alone ("BUTUAN
CITY, Mar. 24 (PIA) --", "DAVAO CITY, March 3 (PNA) -"): the town is that one (town_suffixes), so
the line is the story's dateline and its day the day the story was filed, no entry. Towns the
gazetteer knows with the word ("Quezon City") are read as before."""

from __future__ import annotations

from datetime import date

from calfeed.events.places import lookup
from events_helpers import tagged_events


def _days(text: str, published: date) -> list[date]:
    return sorted(e.start.date() if hasattr(e.start, "date") else e.start for e in tagged_events(text, published=published))


def test_a_city_dateline_under_a_byline_is_no_entry():
    text = ("Assembly day set\n\nBy Juan Cruz\n\nBUTUAN CITY, Mar. 24 (PIA) -- Slated on March 30 is the conduct "
            "of the barangay assembly in all villages.\n")
    assert _days(text, date(2013, 3, 24)) == [date(2013, 3, 30)]


def test_a_city_dateline_opening_the_story_is_no_entry():
    text = ("DAVAO CITY, March 3 (PNA) - The city council will hold a public hearing on the new market "
            "code on March 10 at the session hall.\n")
    assert _days(text, date(2027, 3, 3)) == [date(2027, 3, 10)]


def test_the_suffix_names_the_town_the_gazetteer_knows():
    assert lookup("Davao City") == lookup("Davao") is not None
    assert lookup("Quezon City") == "Quezon City"
    assert lookup("Nowhere Special City") is None
