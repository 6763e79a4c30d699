"""A tender's PDF transcribed with its line breaks lost runs its capital heading lines together:
"... SUPPLY OF OFFICE FURNITURECLOSING DATE AND TIME: 3rd MARCH, 2027 AT 10.00AM". The deadline
label that ends the run ("CLOSING DATE AND TIME:") still names the date after its colon, though
its first word is glued to the line before it."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

ISSUED = date(2027, 2, 1)


def _entries(text: str) -> list[tuple[object, str, str]]:
    return sorted((e.start, e.title, e.kind) for e in tagged_events(text, published=ISSUED))


def test_a_glued_capital_closing_label_names_the_deadline():
    text = ("MINISTRY OF PUBLIC WORKS (MPW)P.O. Box 4411 – 00200 EXAMPLETOWNTel: 0200 111222/3"
            "MPW/PROC/044/2026:2027TENDER FOR THE SUPPLY OF OFFICE FURNITUREFOR A PERIOD OF ONE YEAR"
            "CLOSING DATE AND TIME: 3rd MARCH, 2027 AT 10.00AM\n")
    assert _entries(text) == [(datetime(2027, 3, 3, 10), "Closing date and time", "deadline")]


def test_a_glued_capital_deadline_label():
    text = "NOTICE OF TENDER FOR CLEANING SERVICESDEADLINE: 15th MARCH, 2027\n"
    assert _entries(text) == [(date(2027, 3, 15), "Deadline", "deadline")]


def test_a_lower_case_word_ending_in_a_label_is_no_label():
    text = "The enclosing date: 15 March 2027, as written on the parcel by the sender of the gift.\n"
    assert not any(kind == "deadline" for _, _, kind in _entries(text))
