"""A school year's part labelled with its months heads its rows and is no entry of its own (R75 class 4,
page 07's shape): "Term 4:  October – December 2027" over "Monday 11th October - Term 4a begins for
pupils" groups the rows, whose days give the term; the months are no whole-months entry. A label that
names no school-year part ("Exhibition: March – May 2027") and a term line with no dated row under it
keep their entries."""

from __future__ import annotations

from events_helpers import tagged_events

CALENDAR = ("School calendar\n\n"
            "Semester 2:  February – June 2027\n\n"
            "Tuesday 2nd February – Staff planning day\n\n"
            "Wednesday 3rd February - Block 2a begins for pupils\n\n"
            "Friday 9th April - Easter break starts\n\n"
            "Term 4:  October – December 2027\n\n"
            "Monday 11th October - Term 4a begins for pupils\n")


def _titles(text: str) -> set[str]:
    return {e.title for e in tagged_events(text)}


def test_term_headings_over_their_rows_give_no_entry():
    titles = _titles(CALENDAR)
    assert "Term 4" not in titles and "Semester 2" not in titles
    assert {"Term 4a begins for pupils", "Easter break starts", "Staff planning day"} <= titles


def test_a_label_naming_no_term_keeps_its_months():
    text = CALENDAR.replace("Term 4:  October", "Exhibition:  October")
    assert "Exhibition" in _titles(text)


def test_a_term_line_with_no_row_below_keeps_its_months():
    text = ("School calendar\n\nTerm 4:  October – December 2027\n\n"
            "Pupils in the upper forms will sit mock papers during the term.\n")
    assert any(str(e.start).startswith("2027-10") for e in tagged_events(text))
