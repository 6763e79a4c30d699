"""A sentence that names the year of a list of days ("Council has set the following meeting
timetable for 2017", "the fixtures for 2019 are below") gives that year to the year-less days
listed after it, when it is the page's only year: told in a past verb it said only that the
page was written after 1 January 2017, and the list rolled to the build's year."""

from __future__ import annotations

from datetime import date

import pytest

from document_date_helpers import reference_day as _reference


@pytest.mark.parametrize("sentence", [
    "In accordance with the Local Government Act 1995 it is hereby advised that Council has set the following meeting timetable for 2017.",
    "The committee adopted the following schedule for 2017.",
    "We have published our fixtures for 2017 below.",
    "The board approved its calendar for 2017 at the last meeting.",
])
def test_a_list_nouns_year_dates_the_days_listed_below(sentence: str):
    text = ("Meeting Dates\n\n"
            f"{sentence} Meetings will be held on the third Wednesday of each month.\n\n"
            "Council Meetings\n\n"
            "January 18th\nFebruary 15th\nMarch 15th\nApril 19th\n\n"
            "All meetings will commence at 2.00pm.\n")
    value = _reference(text)
    assert date(2016, 10, 1) <= value <= date(2017, 1, 18)


def test_a_year_that_names_no_list_still_says_only_later():
    text = ("Meeting Dates\n\n"
            "The hall was rebuilt for 2017 after the fire.\n\n"
            "January 18th\nFebruary 15th\n")
    assert _reference(text).year != 2017


def test_days_before_the_year_are_not_its_list():
    text = ("January 18th\nFebruary 15th\n\n"
            "The committee adopted the following schedule for 2017.\n")
    assert _reference(text).year != 2017
