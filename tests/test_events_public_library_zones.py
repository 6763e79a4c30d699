"""A town's public library that hosts or organises the event places it: "The talk is organised by
the Ballarat Public Library" times a bare "6 p.m." in Ballarat's zone, as "Leeds City Council"
does (body_place_forms). A news story's clock ("in the Civic Hall here at 5.15 p.m. on October
3") otherwise floats although its town is plain (R48 class D, a place story).
"""

from __future__ import annotations

from events_helpers import page_zones

PUBLISHED = "2026-05-02"
STORY = ("The historian Mary Quill will open a new series of evening talks at the Mechanics Hall here at "
         "6 p.m. on May 14. {organiser}\n")


def test_the_library_in_the_bodys_name_gives_the_zone():
    text = STORY.format(organiser="The talk is organised by the Ballarat Public Library and a local history society.")
    assert page_zones(text, PUBLISHED) == ["Australia/Melbourne"]


def test_a_library_of_a_town_in_another_country():
    text = STORY.format(organiser="Tickets are free from the Rotorua Public Library.")
    assert page_zones(text, PUBLISHED) == ["Pacific/Auckland"]


def test_without_the_body_the_clock_still_floats():
    text = STORY.format(organiser="The talk is organised by a local history society.")
    assert page_zones(text, PUBLISHED) == [None]
