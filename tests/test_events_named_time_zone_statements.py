"""A page that names its zone as a "time zone" in a sentence of its own ("The submission system
runs on Lisbon time zone (WET)") states where its bare clocks are, as "All times are ..." does:
the phrase "time zone" after a place or zone name says so whatever verb leads to it."""

from __future__ import annotations

from datetime import date

from calfeed.events.stated_zones import stated_zone
from events_helpers import framed_by_title as framed


def test_a_town_s_time_zone_in_its_own_sentence_places_the_deadline():
    text = ("Abstract deadline: March 3, 18:00\n\n"
            "Please note that the review platform works according to Lisbon time zone (Western European Time).\n")
    found = framed(text, published=date(2027, 1, 10))
    assert found["Abstract deadline"].tz == "Europe/Lisbon"


def test_a_zone_name_before_time_zone_is_read_too():
    assert stated_zone("The portal follows the Eastern time zone for every deadline.")[0] == "America/New_York"
    assert stated_zone("Our office keeps to the Singapore timezone.")[0] == "Asia/Singapore"


def test_words_that_are_no_zone_before_time_zone_state_nothing():
    assert stated_zone("Sessions are shown in your local time zone.") is None
    assert stated_zone("Both offices are in the same time zone.") is None


def test_two_named_time_zones_state_none():
    assert stated_zone("Meetings alternate between the Lisbon time zone and the Tokyo time zone.") is None
