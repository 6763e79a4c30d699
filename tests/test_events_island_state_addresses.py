"""A US county council's notice gives its own address ("..., Eighth Floor, Rm. 805, Wailuku,
Hawai’i"): a room or suite with its number makes the run of parts an address, the state may be
written with its ʻokina as an apostrophe, and the place it fixes outranks "County Council", a
body whose name alone points to Britain only when nothing else on the page places it."""

from __future__ import annotations

from events_helpers import page_zones

NOTICE = ("Maui County Council’s Committee Notice\n"
          "The Planning Committee will meet in the Council Chamber at 200 Harbor View St. (Annex Building), "
          "Eighth Floor, {room}, Wailuku, {state}, on June 8, 2023, and will convene at 1:30 p.m.\n"
          "To testify, please contact the Office of Council Services.\n")


def test_a_county_council_s_own_address_in_hawaii_places_its_meeting():
    for state in ("Hawai’i", "Hawai'i", "Hawaii"):
        assert page_zones(NOTICE.format(room="Rm. 805", state=state), "2023-06-01") == ["Pacific/Honolulu"]


def test_a_suite_number_makes_an_address_too():
    assert page_zones(NOTICE.format(room="Suite 805", state="Hawai’i"), "2023-06-01") == ["Pacific/Honolulu"]


def test_a_county_council_alone_still_points_to_britain():
    text = "The County Council will meet in the Council Chamber on June 8, 2023, and will convene at 1:30 p.m.\n"
    assert page_zones(text, "2023-06-01") == ["Europe/London"]
