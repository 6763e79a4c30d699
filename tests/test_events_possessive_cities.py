"""A great city named only in the possessive ("Vienna's mayor") places a page nothing else places:
its timed entries take that city's zone. A small town's name in the possessive ("Lincoln's speech")
is too often a person's: no zone from it."""

from __future__ import annotations

from calfeed.events.possessive_cities import possessive_city_zone
from events_helpers import page_events


def _zones(text: str, published: str) -> list[str | None]:
    return [e.tz for e in page_events(text, published)]


def test_a_great_city_in_the_possessive_zones_the_timed_entry():
    page = ("# Ball season\n\n"
            "Vienna’s mayor will open the city hall ball at 8 pm on Saturday, 14 February 2026 with a waltz. "
            "Vienna’s orchestras will play until dawn.\n")
    assert _zones(page, "2026-01-10") == ["Europe/Vienna"]


def test_a_small_town_in_the_possessive_gives_no_zone():
    page = ("# Tribute\n\n"
            "A tribute to Lincoln's speech will be read at 8 pm on Saturday, 14 February 2026 in the hall.\n")
    assert _zones(page, "2026-01-10") == [None]


def test_two_great_cities_of_different_zones_give_none():
    assert possessive_city_zone("Vienna's mayor met Tokyo's governor.") is None
    assert possessive_city_zone("Vienna's mayor and Vienna’s orchestras.") == ("Europe/Vienna", "Vienna")
