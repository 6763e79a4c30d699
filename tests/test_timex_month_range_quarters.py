"""A quarter named by its first and last months joined by a word ("the January-to-March quarter",
"the October through December quarter") is the calendar quarter, as with a dash ("the July-September
quarter"); read as two months, the "quarter" and a year-ago comparison after it lost their anchor
(news36: one earnings story, news39: one; TBAQ has none). Examples written for this test."""

from __future__ import annotations

import pytest

from timex_helpers import tags


@pytest.mark.parametrize("text, dct, expected", [
    ("Exports climbed in the January-to-March quarter.", "2012-05-09",
     ("the January-to-March quarter", "DATE", "2012-Q1")),
    ("The chain lost money in the October through December quarter.", "2013-01-25",
     ("the October through December quarter", "DATE", "2012-Q4")),
    ("Margins widened in the April-thru-June quarter.", "2009-11-06",
     ("the April-thru-June quarter", "DATE", "2009-Q2")),
])
def test_months_joined_by_a_word_name_a_quarter(text: str, dct: str, expected) -> None:
    assert tags(text, dct) == [expected]


def test_the_quarter_and_a_comparison_after_it_follow_the_named_quarter() -> None:
    found = tags("The brewer earned 80 million euros in the January-to-March quarter, up from 60 million "
                 "in the same period a year earlier. Sales for the quarter rose 4 percent, and costs were "
                 "flat from a year ago.", "2012-05-09")
    assert ("the quarter", "DATE", "2012-Q1") in found
    assert ("a year ago", "DATE", "2011-Q1") in found


def test_months_ranged_before_another_noun_stay_two_months() -> None:
    assert tags("Protests grew during the January-February uprising.", "2011-06-04") == [
        ("January", "DATE", "2011-01"), ("February", "DATE", "2011-02")]
