"""An event first dated vaguely ("in March 2027", "later this year") and then exactly
("on 10 March 2027") is one event: the exact entry stays, with the place the vague
mention gave, and no second, approximate entry for the same thing."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = {"published": date(2027, 2, 1)}


def entries(text: str) -> list[tuple[str, date, str, str | None]]:
    return [(e.title, e.start, e.precision, e.location) for e in tagged_events(text, **PUBLISHED)]


def test_the_exact_date_of_a_vaguely_dated_event_replaces_its_window():
    text = "The annual forum will be held in Geneva in March 2027. The forum will take place on 10 March 2027."
    assert entries(text) == [("Annual forum", date(2027, 3, 10), "exact", "Geneva")]


def test_an_exact_date_outside_the_window_is_another_event():
    text = "The annual forum will be held in Geneva in March 2027. The forum will take place on 10 June 2027."
    assert len(entries(text)) == 2


def test_an_exact_event_with_its_own_place_keeps_it():
    text = ("The annual forum will be held in Geneva in March 2027. "
            "The annual forum will take place in Lausanne on 10 March 2027.")
    assert entries(text) == [("Annual forum", date(2027, 3, 10), "exact", "Lausanne")]


def test_differently_named_events_in_one_window_both_stay():
    text = "The annual forum will be held in Geneva in March 2027. The workshop will take place on 10 March 2027."
    assert len(entries(text)) == 2
