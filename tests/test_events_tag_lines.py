"""A stacked key-dates list may set a tag between a date and its name ("March 1, 2027" /
"PAYMENT DUE" / "Q1 2027 Water Rates Due"): the tag says only what kind of day it is, so the
line under it names the entry. A next date line under the tag names nothing."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

STACKED = (
    "Mar 1, 2027\n"
    "PAYMENT DUE\n"
    "Q1 2027 Water Rates Due\n"
    "The first instalment of the water rates for this year.\n"
    "Mar 20, 2027\n"
    "Council Budget Hearing\n"
    "Residents may speak on the draft budget.\n"
    "Jun 1, 2027\n"
    "PAYMENT DUE\n"
    "Q2 2027 Water Rates Due\n"
    "The second instalment of the water rates.\n"
)


def test_the_line_under_a_tag_names_the_entry():
    found = framed(STACKED, published=date(2027, 1, 10))
    assert "Q1 2027 Water Rates Due" in found
    assert "Q2 2027 Water Rates Due" in found
    assert not any(title.upper() == "PAYMENT DUE" for title in found)


def test_a_tag_over_the_next_date_keeps_its_title():
    found = framed("Mar 1, 2027\nPAYMENT DUE\nMar 20, 2027\nCouncil Budget Hearing\n", published=date(2027, 1, 10))
    assert not any("Budget" in title for title, event in found.items() if event.start == date(2027, 3, 1))
