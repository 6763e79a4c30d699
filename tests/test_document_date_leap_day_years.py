"""A page with no year and no date of its own, whose weekday-dated days fit several years: a
year-less 29 February it writes fits leap years only, so among the years the weekdays allow the
leap year is taken, and no longer as a guess (R62 class 1: a closure notice went to the year
nearest the build, its rescheduled 29 February to the leap year after that)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

BUILD_DAY = date(2026, 11, 29)

CLOSURE = ("The pool will be shut Monday, February 8 through Friday, February 12 while the boilers are "
           "replaced. It opens again on Tuesday, February 16.\n")
MOVED = "The swim club gala has been moved to February 29.\n"


def _inferred(text: str):
    return infer_reference_date(Document("page.md", text), tag(text, None), BUILD_DAY)


def test_without_a_leap_day_the_weekdays_give_the_year_nearest_the_build_as_a_guess():
    ref = _inferred(CLOSURE)
    assert "fit 2027" in ref.reason and ref.year_open


def test_a_year_less_29_february_keeps_only_the_leap_year_the_weekdays_allow():
    ref = _inferred(CLOSURE + MOVED)
    assert ref.value == date(2015, 12, 14)          # 8 weeks before 8 February 2016
    assert "fit 2016" in ref.reason and "leap year" in ref.reason and not ref.year_open


def test_the_pages_entries_are_dated_in_the_leap_year_and_exact():
    result = process_document(Document("pool.md", CLOSURE + MOVED), Options(today=BUILD_DAY))
    starts = sorted((e.start, e.precision) for e in result.events)
    assert (date(2016, 2, 29), "exact") in starts
    assert all(start.year == 2016 and precision == "exact" for start, precision in starts)
