"""A day told as what happens instead of the one written before it ("will instead take place on 22
May", "will be held on 22 May instead") replaces that day, as "will now be held on" does: the old day
is no entry. A later day told of another thing ("followed by a barbecue on 22 May") replaces nothing."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 4, 2)


def _starts(sentence: str) -> list[date]:
    return [e.start for e in tagged_events(sentence, published=PUBLISHED)]


def test_will_instead_take_place_on_replaces_the_planned_day():
    assert _starts("The AGM, originally planned for 15 May, will instead take place on 22 May.") == [date(2027, 5, 22)]


def test_instead_after_the_new_day_replaces_the_day_before():
    assert _starts("The board meeting on 12 May will be held on 19 May instead.") == [date(2027, 5, 19)]


def test_instead_before_a_comma_and_a_place():
    assert _starts("The pub quiz on 3 June will be held on 10 June instead, in the church hall.") == [date(2027, 6, 10)]


def test_a_later_day_of_another_thing_replaces_nothing():
    assert _starts("The pub quiz on 3 June will be followed by a barbecue on 10 June.") == [
        date(2027, 6, 3), date(2027, 6, 10)]
