"""No expression spans a paragraph break (red team 10b #2): "EXTENDED TO NOVEMBER 5" / "" /
"December 20: Target date ..." was one date "5 December", and the December 20 row was lost."""

from __future__ import annotations

from calfeed.timex import extract


def test_a_day_and_a_month_across_a_blank_line_are_two_expressions():
    found = [t.text for t in extract("Deadline for all submissions.  EXTENDED TO NOVEMBER 5\n\n"
                                     "December 20: Target date to notify accepted presenters.")]
    assert found == ["NOVEMBER 5", "December 20"]


def test_a_date_across_a_single_line_break_stays_whole():
    assert [t.text for t in extract("The meeting is on 5\nDecember 2027.")] == ["5\nDecember 2027"]
