"""A closure notice that names no town still names its roads: Britain's four-digit B roads
("the B5012") and its three- or four-digit A and B roads before a direction of travel
("A519 southbound") put its clock times in UK time (road_zones.en.tsv). Shorter numbers and
codes with no road's wording around them ("Room B2041") say nothing."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

PUBLISHED = date(2027, 4, 2)


def _zones(text: str) -> list[str | None]:
    return [e.tz for e in framed(text, published=PUBLISHED).values()]


def test_a_four_digit_b_road_after_the_places_the_notice_in_the_uk():
    text = ("A temporary overnight closure of the B5012 near Mill Lane is planned from 8pm to 5am "
            "on the 14 April.")
    assert _zones(text) == ["Europe/London"]


def test_an_a_road_before_its_direction_of_travel_places_the_notice_in_the_uk():
    text = "Lane closures on the A519 southbound will run from 10pm to 4am on Tuesday 20 April."
    assert _zones(text) == ["Europe/London"]


def test_a_room_code_or_a_short_route_number_places_nothing():
    assert _zones("The quiz is held in Room B2041 on Friday 16 April at 7pm.") == [None]
    assert _zones("Crews will close the A7 northbound from 9pm to 5am on the 21 April.") == [None]
