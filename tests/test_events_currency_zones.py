"""A price in the currency of one single-zone country places a page's bare clock times, as
"£5" and "NZ$10" do: "NZD 25", "S$20", "₦5,000", "GH₵50", "₱500". A dollar of a country of
several zones, or one several countries write, is no evidence ("US$20", "$20")."""

from __future__ import annotations

from events_helpers import page_zones

NIGHT = "Our quiz night is on Wednesday 14 April 2027 at 7.30pm in the hall.\n\n"


def _zones(tail: str) -> list[str | None]:
    return page_zones(NIGHT + tail + "\n", "2027-03-01")


def test_a_price_in_a_one_zone_countrys_currency_places_the_page():
    assert _zones("Tickets NZD 25, children free.") == ["Pacific/Auckland"]
    assert _zones("Tickets S$20 at the door.") == ["Asia/Singapore"]
    assert _zones("Entry ₦5,000 per table.") == ["Africa/Lagos"]
    assert _zones("Entry GH₵50 per team.") == ["Africa/Accra"]
    assert _zones("Entry ₱500 per team.") == ["Asia/Manila"]


def test_a_dollar_of_several_zones_places_nothing():
    assert _zones("Tickets US$20 at the door.") == [None]
    assert _zones("Tickets $20 at the door.") == [None]
