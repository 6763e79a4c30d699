"""A body that will start a service on a day ("will start running the chairlifts Wednesday", "will
begin taking bookings on 3 December") gives an entry for that day titled by the body and the
service (R69 class 1, page 08's shape); a past start or an unlisted gerund gives none."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date = date(2029, 11, 14)) -> list[tuple[str, date]]:
    return [(e.title, e.start) for e in tagged_events(text, published=published)]


def test_a_resort_starting_its_lifts_on_the_page_day():
    assert _entries("Pine Ridge Resort will start spinning the chairlifts Wednesday with access to the upper slopes "
                    "via the Eagle lift.") == [("Pine Ridge Resort starts spinning the chairlifts", date(2029, 11, 14))]


def test_a_ferry_line_beginning_to_take_bookings():
    assert _entries("The ferry line will begin taking bookings on 3 December.") == [
        ("Ferry line starts taking bookings", date(2029, 12, 3))]


def test_a_cafe_starting_to_serve_breakfast():
    assert _entries("The new cafe will start serving breakfast on Monday, December 3.") == [
        ("New cafe starts serving breakfast", date(2029, 12, 3))]


def test_a_start_told_in_the_past_gives_nothing():
    assert _entries("Pine Ridge Resort began spinning the chairlifts Wednesday.") == []
