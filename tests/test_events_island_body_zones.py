"""A body named for the island that holds its country's capital places the story: "the Carnival
Corporation of New Providence" times a bare "8pm" in Nassau's zone. The gazetteer knows the name
only as a small New Jersey town, so the island is an override (places.en.tsv), and "Corporation of"
is a body's form as "City of" is (body_place_forms). Before, the parade's clock floated (R60 21).
"""

from __future__ import annotations

from events_helpers import page_zones

PUBLISHED = "2026-11-20"
STORY = ("The harbour parade will start at 8pm on December 26 this year, said {body} chairman Ray Town, "
         "so that the last groups finish before dawn.\n")


def test_a_corporation_named_for_the_island_gives_its_zone():
    text = STORY.format(body="the Carnival Corporation of New Providence")
    assert page_zones(text, PUBLISHED) == ["America/Nassau"]


def test_the_island_after_in_gives_its_zone():
    text = STORY.format(body="the carnival committee") + "The route runs along Bay Street in New Providence.\n"
    assert page_zones(text, PUBLISHED) == ["America/Nassau"]


def test_a_corporation_without_a_place_still_floats():
    text = STORY.format(body="the Carnival Corporation")
    assert page_zones(text, PUBLISHED) == [None]
