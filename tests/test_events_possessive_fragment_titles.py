"""A page that spaces the apostrophe of a possessive ("this year ‘ s Harvest ceremony") left the
possessive's ending at the start of the title once its owner was cut: "S Harvest ceremony".
title_edges cuts that ending (title_possessive_fragments.en.txt)."""

from __future__ import annotations

from events_helpers import page_entries


def _titles(text: str) -> list[str]:
    return [title for title, _, _ in page_entries(text, "2027-03-01")]


def test_a_spaced_curly_possessive_leaves_no_s_in_the_title():
    text = ("The chief said the minister will be the main guest at this year ‘s Harvest "
            "ceremony set to take place on Saturday 3rd April, 2027.")
    assert _titles(text) == ["Harvest ceremony"]


def test_a_spaced_straight_possessive_leaves_no_s_in_the_title():
    text = ("The chief said the minister will be the main guest at this year ' s Harvest ceremony "
            "set to take place on Saturday 3rd April, 2027.")
    assert _titles(text) == ["Harvest ceremony"]


def test_a_name_opening_with_a_letter_s_and_more_stays():
    text = "The Sun Harvest ceremony is set to take place on Saturday 3rd April, 2027."
    assert _titles(text) == ["Sun Harvest ceremony"]
