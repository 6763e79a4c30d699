"""Where a news page's clock is, when the page says it only weakly: a country's short name the
gazetteer lacks ("in Korea"), a byline's office city ("by Metro Desk, New York ..."), which says
where the reporter files from and not where the story happens, the people of one country named
in the plural ("eligible Ghanaians"), and a place named in a sentence of the story's history
("first held in Perth, Australia, in 1998"), which is no evidence stronger than a passing one and
never times a clock written as "local time" (R60 class 2).
"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2021-06-03"


def _timed(text: str) -> list[tuple[datetime, str | None]]:
    return [(e.start, e.tz) for e in page_events(text, PUBLISHED) if not e.all_day]


def test_a_country_named_by_its_short_name_places_the_clock():
    text = ("The national driving test for new bus drivers takes place June 17 from 9:10 a.m. to 4:50 p.m. "
            "The licence is seen as essential in Korea.\n")
    assert _timed(text) == [(datetime(2021, 6, 17, 9, 10), "Asia/Seoul")]


def test_a_bylines_office_city_is_no_zone():
    text = ("by Harbour Wire, New York Jun 03, 2021\n\n"
            "The electoral office said the register will close at 4.00pm on Friday, 9th July, 2021.\n")
    assert _timed(text) == [(datetime(2021, 7, 9, 16, 0), None)]


def test_the_people_of_one_country_place_the_clock_over_a_bylines_city():
    text = ("by Harbour Wire, New York Jun 03, 2021\n\n"
            "The electoral office said the register will close at 4.00pm on Friday, 9th July, 2021, so that "
            "eligible Ghanaians can still sign up.\n")
    assert _timed(text) == [(datetime(2021, 7, 9, 16, 0), "Africa/Accra")]


def test_the_people_of_two_countries_place_nothing():
    text = ("The electoral office said the register will close at 4.00pm on Friday, 9th July, 2021, for "
            "Ghanaians and Kenyans living abroad.\n")
    assert _timed(text) == [(datetime(2021, 7, 9, 16, 0), None)]


HISTORY = ("Lantern Night will be marked on Saturday from 9 PM to 10 PM{local}.\n\n"
           "Lantern Night was first held as a street party in Perth, Australia, in 1998. It has since spread "
           "to hundreds of towns.\n")


def test_a_history_sentences_place_does_not_time_a_local_time_clock():
    assert _timed(HISTORY.format(local=" local time")) == [(datetime(2021, 6, 5, 21, 0), None)]


def test_a_history_sentences_place_is_still_a_passing_hint_for_a_plain_clock():
    assert _timed(HISTORY.format(local="")) == [(datetime(2021, 6, 5, 21, 0), "Australia/Perth")]
