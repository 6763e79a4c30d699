"""Zones of cities a page names only weakly (R62 class 9): the people of a city named in the
plural ("Aucklanders", city_people) place a page's clocks as a country's people do, and a town
named after a word for a part of it ("in downtown Tucson", "in central Leeds", town_prefixes)
is that town. A word for a part before a small or unknown name places nothing ("Central Asia").
"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2016-12-20"


def _timed(text: str) -> list[tuple[datetime, str | None]]:
    return [(e.start, e.tz) for e in page_events(text, PUBLISHED) if not e.all_day]


def test_a_citys_people_place_the_clock():
    text = ("The lantern parade along the waterfront starts at 7.30pm on Friday, December 23, and "
            "organisers hope thousands of Aucklanders will come along.\n")
    assert _timed(text) == [(datetime(2016, 12, 23, 19, 30), "Pacific/Auckland")]


def test_the_people_of_two_cities_place_nothing():
    text = ("The lantern parade along the waterfront starts at 7.30pm on Friday, December 23, and "
            "organisers hope Aucklanders and Melburnians will come along.\n")
    assert _timed(text) == [(datetime(2016, 12, 23, 19, 30), None)]


def test_a_town_after_a_word_for_its_centre_places_the_clock():
    text = ("The holiday parade steps off at 11 a.m. on Friday, December 23. "
            "Free parking is offered in the Downtown Tucson garages that morning.\n")
    assert _timed(text) == [(datetime(2016, 12, 23, 11, 0), "America/Phoenix")]


def test_a_lower_case_word_for_a_part_places_the_clock_too():
    text = "The craft fair opens at 10am on Saturday, December 24 in central Leeds.\n"
    assert _timed(text) == [(datetime(2016, 12, 24, 10, 0), "Europe/London")]


def test_a_word_for_a_part_before_a_region_that_is_no_city_places_nothing():
    text = "The trade forum opens at 10am on Saturday, December 24 to talk about markets in Central Asia.\n"
    assert _timed(text) == [(datetime(2016, 12, 24, 10, 0), None)]
