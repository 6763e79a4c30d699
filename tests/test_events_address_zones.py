"""A postal address with a region ("Maple Grove, OR 97381", "Fremantle WA 6160"), a state
named in the heading, or a zone stated once for the whole document ("All times are
Queensland time (AEST).") says in which zone the document's bare clock times are."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

PUBLISHED = date(2027, 1, 12)


def _events(text: str):
    return list(framed(text, published=PUBLISHED).values())


def test_a_us_address_with_state_and_zip_places_the_document():
    text = ("The City Council will hold a public hearing on Tuesday, March 9, 2027, at 6:30 p.m. in City Hall, "
            "450 N. Main Street, Maple Grove, OR 97381.")
    assert [e.tz for e in _events(text)] == ["America/Los_Angeles"]


def test_an_australian_address_with_state_and_postcode_places_the_document():
    text = "The workshop is on Tuesday 9 March 2027 at 6pm at the library, 151 High Street, Fremantle WA 6160."
    assert [e.tz for e in _events(text)] == ["Australia/Perth"]


def test_queensland_and_new_south_wales_postcodes():
    assert [e.tz for e in _events("The fair is on Saturday 13 March 2027 at 10am. Venue: 12 Ann Street, "
                                  "Toowong QLD 4066.")] == ["Australia/Brisbane"]
    assert [e.tz for e in _events("The fair is on Saturday 13 March 2027 at 10am. Venue: 12 Ann Street, "
                                  "Newtown NSW 2042.")] == ["Australia/Sydney"]


def test_washington_state_zip_is_not_western_australia():
    text = "The fair is on Saturday 13 March 2027 at 10am. Venue: 12 Pine Street, Yakima, WA 98901."
    assert [e.tz for e in _events(text)] == ["America/Los_Angeles"]


def test_a_state_in_the_heading_places_the_document():
    text = ("# City of Maple Grove, Oregon\n\n## Regular meeting agenda\n\n"
            "The council will meet on Tuesday, March 9, 2027, at 6:30 p.m.")
    assert [e.tz for e in _events(text)] == ["America/Los_Angeles"]


def test_a_zone_stated_for_the_whole_document_places_its_clock_times():
    text = "All times are Queensland time (AEST).\n\n- Results released: 2 July 2027, from 9am\n"
    assert {e.tz for e in _events(text)} == {"Australia/Brisbane"}


def test_central_european_time_stated_once():
    text = ("All times are given in Central European Time.\n\n"
            "The webinar will take place on 15 March 2027 at 14:00.")
    assert [e.tz for e in _events(text)] == ["Europe/Brussels"]


def test_uk_time_stated_once():
    text = "Times shown are UK time.\n\nThe webinar will take place on 15 March 2027 at 14:00."
    assert [e.tz for e in _events(text)] == ["Europe/London"]


def test_aest_in_a_queensland_document_does_not_follow_sydney_summer_time():
    assert [e.tz for e in _events("The ceremony will be held in Brisbane on 15 January 2027 at 9am AEST.")] \
        == ["Australia/Brisbane"]
    assert [e.tz for e in _events("# Graduation 2027, Queensland\n\n"
                                  "The ceremony will be held on 15 January 2027 at 9am AEST.")] == ["Australia/Brisbane"]


def test_aest_elsewhere_keeps_its_table_zone():
    assert [e.tz for e in _events("The ceremony will be held in Sydney on 15 January 2027 at 9am AEST.")] \
        == ["Australia/Sydney"]
    assert [e.tz for e in _events("The ceremony will be held on 15 January 2027 at 9am AEST.")] == ["Australia/Sydney"]


def test_est_in_an_american_document_stays_new_york_time():
    assert [e.tz for e in _events("The meeting will be held in Boston on 15 July 2027 at 10am EST.")] \
        == ["America/New_York"]


def test_a_front_matter_address_is_placed_by_its_town_or_postcode():
    from calfeed.events.places import named_place

    assert named_place("Council Chamber, Guildhall, Portsmouth PO1 2AJ").tz == "Europe/London"
    assert named_place("Town Hall, 450 N. Main Street, Maple Grove, OR 97381").tz == "America/Los_Angeles"
    assert named_place("Boston, Lincolnshire").tz == "Europe/London"
    assert named_place("Village Hall, Little Haddon").tz is None
