"""Two weak hints of where a page is, used only when nothing stronger places its clocks: a
local body found in one one-zone country only ("Pradeshiya Sabha" areas are Sri Lankan, so
"Colombo" is Sri Lanka's, not Brazil's), and a region named by its full name anywhere in the
text, even with no preposition before it ("... proud of Queensland")."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2026, 11, 20)


def _zones(text: str) -> set[str | None]:
    return {e.tz for e in tagged_events(text, published=PUBLISHED) if not e.all_day}


def test_a_sri_lankan_local_body_places_a_namesake_city():
    text = ("Power cut in Colombo on Sunday\n\n"
            "Electricity will be cut from 8.00 a.m. to 5.00 p.m. on Sunday, November 22 in Colombo "
            "while a substation is serviced.\n"
            "The Kelaniya and Biyagama Pradeshiya Sabha areas will also be affected.\n")
    assert _zones(text) == {"Asia/Colombo"}


def test_a_region_named_in_passing_places_the_page_s_clocks():
    text = ("Long weekend picks\n\n"
            "Nothing says summer like a night market, and nobody does them like Queensland.\n"
            "Riverside Lantern Market, November 28, 5pm to 10pm, free entry\n")
    assert _zones(text) == {"Australia/Brisbane"}


def test_two_regions_named_in_passing_place_nothing():
    text = ("Long weekend picks\n\n"
            "Nothing says summer like a night market, and Queensland and Tasmania both love them.\n"
            "Riverside Lantern Market, November 28, 5pm to 10pm, free entry\n")
    assert _zones(text) == {None}
