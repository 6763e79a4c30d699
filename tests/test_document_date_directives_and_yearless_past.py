"""Undated news that tells a past directive's deadline and a year-less day of its own year (red team
27 D): "He directed the boards to publish ... by <date>" says nothing of which side of that date the
text was written (the directive was given before it), and "Addressing MPs on <day>, the minister said"
is a day gone by, in the year the page's firm past allows."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

BUILD_DAY = date(2026, 12, 1)

# Our own wording: a water ministry's story, with the shapes of the class.
STORY = ("Addressing county leaders on October 9, the water secretary said only a third of the boreholes had been "
         "repaired.\n"
         "He said the ministry would bring in engineers from the army to help.\n"
         "Since the cabinet resolution of March 14, 2024, the ministry has mapped every borehole in the region.\n"
         "The secretary ordered the county boards to publish their repair lists by July 31, 2024.\n")


def _inferred(text: str):
    return infer_reference_date(Document("story.txt", text), tag(text, None), BUILD_DAY)


def test_a_past_directive_s_deadline_does_not_bound_the_page_before_it():
    ref = _inferred(STORY)
    assert "31 July 2024" not in ref.reason            # no "written before 31 July 2024"
    assert ref.value is not None and ref.value >= date(2024, 10, 10)


def test_a_year_less_day_told_in_the_past_lies_in_the_year_of_the_firm_past():
    ref = _inferred(STORY)
    assert ref.value == date(2024, 10, 10)             # the day after "October 9" of 2024
    assert "\"October 9\"" in ref.reason


def test_a_year_less_past_day_also_told_ahead_gives_no_bound():
    text = ("The minister said on Monday that the new term starts on October 9.\n"
            "Pupils who registered on October 9 can collect their books.\n"
            "Since the reform of March 14, 2024, fees have fallen.\n")
    ref = _inferred(text)
    assert "\"October 9\"" not in ref.reason


def test_without_a_firm_past_year_a_year_less_past_day_bounds_nothing():
    text = "Speaking on October 9, the mayor said the bridge was safe.\nThe council will meet on 20 November 2025.\n"
    ref = _inferred(text)
    assert "October 9" not in ref.reason
