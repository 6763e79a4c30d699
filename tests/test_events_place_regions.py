"""A place name shared by several towns is read with what follows it (a country, a US or
Australian state, a Canadian province, a UK county or nation) and, failing that, in the
one country the rest of the document points to; a foreign namesake never beats that."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

PUBLISHED = date(2026, 11, 20)


def _zone(sentence: str, title: str) -> str | None:
    return framed(sentence, published=PUBLISHED)[title].tz


def test_a_county_after_the_name_picks_the_english_town():
    assert _zone("The concert is on Saturday 5 December at 7pm in Boston, Lincolnshire.", "Concert") == "Europe/London"


def test_a_state_name_after_the_name_picks_the_american_town():
    assert _zone("The public hearing is on Tuesday, March 9, 2027, at 6:30 p.m. in Portland, Maine.",
                 "Public hearing") == "America/New_York"


def test_a_state_after_a_venue_and_town_picks_that_state_s_town():
    assert _zone("The City Council will hold a public hearing on Tuesday, March 9, 2027, at 6:30 p.m. "
                 "in City Hall, Salem, Oregon.", "Public hearing") == "America/Los_Angeles"


def test_a_nation_after_the_name_picks_the_scottish_town():
    assert _zone("The workshop is on Tuesday 9 March 2027 at 6pm in Perth, Scotland.", "Workshop") == "Europe/London"


def test_a_state_abbreviation_after_the_name_counts_too():
    assert _zone("The workshop is on Tuesday 9 March 2027 at 6pm in Portland, ME.", "Workshop") == "America/New_York"


def test_an_unqualified_name_still_takes_the_largest_namesake():
    assert _zone("The workshop is on Tuesday 9 March 2027 at 6pm in Perth.", "Workshop") == "Australia/Perth"


def test_a_state_name_alone_places_the_event():
    assert _zone("The workshop is on Tuesday 9 March 2027 at 6pm in Queensland.", "Workshop") == "Australia/Brisbane"


def test_a_bare_namesake_is_read_in_the_document_s_country():
    text = ("The concert is on Saturday 5 December at 7pm at St Andrew's, Danbury.\n\n"
            "Contact the parish office: Little Baddow, CM3 4SA.")
    assert _zone(text, "Concert") == "Europe/London"
    assert _zone("The concert is on Saturday 5 December at 7pm at St Andrew's, Danbury.", "Concert") == "America/New_York"


def test_the_document_s_places_are_read_in_its_country():
    text = ("Christingle: Christmas Eve, 4pm.\n"
            "We join our neighbours at St Andrew's, Danbury, for a united service at 10.30am.\n\n"
            "We raised £840 for the food bank.")
    assert _zone(text, "Christingle") == "Europe/London"


def test_a_namesake_in_the_document_s_country_is_preferred():
    text = ("The concert is on Saturday 5 December at 7pm in Boston.\n\n"
            "Tickets £8 from the box office, PE21 6AB.")
    assert _zone(text, "Concert") == "Europe/London"


def test_a_famous_city_abroad_keeps_its_zone_in_a_british_document():
    text = ("The choir concert is on Saturday 5 December at 7pm in Paris.\n\n"
            "Coach seats £80, booking at the office, CM3 4SA.")
    assert _zone(text, "Choir concert") == "Europe/Paris"
