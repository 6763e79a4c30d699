"""A season written with a capital right after a verb that points the reader somewhere ("For more
information about the reading challenge, visit Winter @ the Library.", "see Summer at the Museum")
names a page or a programme, not a time: it gives no entry."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_capitalised_season_after_visit_is_a_name():
    text = ("Reading challenge\n\n"
            "For more information about the reading challenge, visit Winter @ the Library.\n")
    assert tagged_events(text, published=date(2031, 8, 1)) == []


def test_a_capitalised_season_after_see_is_a_name():
    text = "Programmes\n\nFor family films and crafts, see Summer at the Museum on our website.\n"
    assert tagged_events(text, published=date(2031, 3, 1)) == []
