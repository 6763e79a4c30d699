"""A place named after a lower-case noun for its kind and "of" ("the resort island of Bali", "the
city of Kandy", "the town of Mongu": place_of_nouns.en.txt) is where the sentence's event is, as a
name after "in" is. And Bali is the Indonesian island (a row of places.en.tsv), not the small
Cameroonian town the gazetteer names so, nor Jakarta, the zone of the island's country."""

from __future__ import annotations

from events_helpers import page_zones


def _zones(text: str) -> list[str | None]:
    return page_zones(text, "2027-03-10")


def test_bali_is_the_indonesian_island():
    text = "The airport in Bali will close at 6 am on June 23."
    assert _zones(text) == ["Asia/Makassar"]


def test_the_island_of_bali_in_a_possessive_of_its_country():
    text = "The airport in Indonesia's holiday island of Bali will close at 6 am on June 23."
    assert _zones(text) == ["Asia/Makassar"]


def test_the_city_of_a_town():
    text = "The lantern parade through the city of Kandy will start at 8 pm on June 23."
    assert _zones(text) == ["Asia/Colombo"]


def test_the_town_of_a_town():
    text = "The boat show near the town of Mongu will start at 9 am on June 23."
    assert _zones(text) == ["Africa/Lusaka"]


def test_a_capitalised_city_of_is_a_body_not_this_reading():
    text = "The City of Kandy will open its new market at 8 am on June 23."
    assert _zones(text) == ["Asia/Colombo"]
