"""A named subject that "will be celebrating" on a day, with nothing after the verb but the day or
the place, names a celebration; the last event noun of a long list after it does not ("... and
the night will end with a bonfire"). With an object the verb tells what is celebrated: no entry."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2025, 5, 2)


def _titles(text: str) -> list[tuple[str, date]]:
    return [(e.title, e.start) for e in tagged_events(text, published=PUBLISHED)]


def test_celebrating_on_a_day_names_the_subjects_celebration():
    assert _titles("The Harbour Rowers will be celebrating on Saturday, 14 June by the river, with songs, games "
                   "and a barbecue, and the night will end with a bonfire.") == [
        ("Harbour Rowers celebration", date(2025, 6, 14))]


def test_celebrating_at_a_place_before_the_day():
    assert _titles("The Harbour Rowers will be celebrating at the boathouse on Saturday, 14 June.") == [
        ("Harbour Rowers celebration", date(2025, 6, 14))]


def test_celebrating_something_is_no_celebration_of_the_day():
    assert _titles("The Harbour Rowers will be celebrating their new boat on Saturday, 14 June.") == []
