"""An Eircode places an Irish page's bare clock times however it is written: with its space
("D02 X285"), without it ("D02X285"), or with Dublin 6W's routing key ("D6W Y2K9")."""

from __future__ import annotations

from events_helpers import page_zones

MASS = "Confirmation will take place on Friday 7 May 2027 at 11am in the church.\n\n"


def _zones(tail: str) -> list[str | None]:
    return page_zones(MASS + tail + "\n", "2027-03-01")


def test_an_eircode_with_or_without_its_space():
    assert _zones("Parish Office, Eircode D02 X285") == ["Europe/Dublin"]
    assert _zones("Parish Office, Eircode D02X285") == ["Europe/Dublin"]


def test_dublin_6ws_routing_key():
    assert _zones("Parish Office, Templeogue Road, D6W Y2K9") == ["Europe/Dublin"]


def test_a_code_of_other_letters_is_no_eircode():
    assert _zones("Parish Office, room B12 ZZ45") == [None]
