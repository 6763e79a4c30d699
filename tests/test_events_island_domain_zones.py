"""A small territory of one zone places a page by its web address and calling code too: St
Helena's ".sh" and "+290" are Atlantic/St_Helena (country_zones.en.tsv), so a government
notice there is read in island time (R54 page 06's zone)."""

from __future__ import annotations

from events_helpers import page_zones

CLINIC = "The dental clinic opens on Tuesday 10 June 2025 at 9.15am at the hospital.\n\n"


def test_a_st_helena_address_places_the_page():
    assert page_zones(CLINIC + "More at https://www.example.gov.sh/notices\n", "2025-05-01") == ["Atlantic/St_Helena"]


def test_a_st_helena_phone_number_places_the_page():
    assert page_zones(CLINIC + "Queries: +290 22500\n", "2025-05-01") == ["Atlantic/St_Helena"]
