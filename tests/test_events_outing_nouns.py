"""A club's trips and outings are occasions like its visits and excursions: "The coach trip to the
gardens has been postponed until Saturday 19th June", "Our summer outing to Whitby is on Saturday 12
July" each give an entry on their day, named by the trip."""
# Provenance: session 27, class "community and membership newsletters" (ev27c's half A: a
# horticultural society's postponed coach trip to RHS Hyde Hall gave no entry and no reason).

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _days(text: str) -> set[tuple[str, str]]:
    return {(e.title, str(e.start)[:10]) for e in tagged_events(text, published=date(2031, 2, 1))}


def test_a_postponed_trip_to_a_place_is_on_its_new_day() -> None:
    text = "The coach trip to the gardens has been postponed until Saturday 21st June 2031.\n"
    assert {day for _, day in _days(text)} == {"2031-06-21"}


def test_an_outing_to_a_place_is_an_entry() -> None:
    text = "Our summer outing to Whitby is on Saturday 12 July 2031; the coach leaves the church at 8am.\n"
    assert {day for _, day in _days(text)} == {"2031-07-12"}
