"""A dateline's town is read in the region or island written after its comma ("SCARBOROUGH,
Tobago —", "PORTLAND, Maine —"): the town there, not a larger namesake elsewhere; a town
the gazetteer lacks still takes the region's zone. A story opening right after the comma
("PERTH, Victoria Park ...") names no region."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2026, 11, 20)


def _zones(text: str) -> list[tuple[str, str | None]]:
    return [(e.title, e.tz) for e in tagged_events(text, published=PUBLISHED) if not e.all_day]


def test_an_island_after_the_town_picks_the_island_s_town():
    text = ("SCARBOROUGH, Tobago — The Tobago Electricity Unit says power will be cut on Thursday, "
            "Dec. 3 at 9 a.m. for line repairs in the hills above the harbour.")
    assert {tz for _, tz in _zones(text)} == {"America/Port_of_Spain"}


def test_a_state_after_the_town_picks_the_state_s_town():
    text = ("PORTLAND, Maine — The county board will hold a budget hearing on Tuesday, Dec. 8 "
            "at 6 p.m. in the annex.")
    assert {tz for _, tz in _zones(text)} == {"America/New_York"}


def test_a_town_the_gazetteer_lacks_takes_its_island_s_zone():
    text = ("GINGERLAND, Nevis — Road works will close the main road on Friday, Dec. 4 at 10 a.m. "
            "while crews lay new drains.")
    assert {tz for _, tz in _zones(text)} == {"America/St_Kitts"}


def test_a_story_opening_after_the_comma_names_no_region():
    from calfeed.events.places import dateline_place
    place = dateline_place("PERTH, Victoria Park will host the final on 3 May.")
    assert place is not None and (place.tz, place.pinned) == ("Australia/Perth", False)
