"""A weekly rule ("every Tuesday") tells the weekday of the year-less days on its line, which a
page with no year may be dated by (year_hints.ruled_days). Each day was paired with every rule
of its line: a page of clubs written on one line made as many pairs as rules times days (a
9,966-character line: 31,104 pairs, 0.93 s to date the page; 39,912 characters: 501,126 pairs,
14.4 s), and a day between two clubs counted as a day of both, so no year could keep them all.
Each day now belongs to the rule before it on its line (the first rule after it when none
stands before)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag
from calfeed.timex.year_hints import ruled_days
from test_timex_speed_guard import _assert_linear, _seconds

BUILT = date(2028, 5, 1)
CLUBS = ("Draughts Club: every Tuesday at 6 pm, not on Oct. 14 or Nov. 18; "
         "Crochet Corner meets every Wednesday, except Dec. 3; ")


def _one_line(size: int) -> str:
    return "Clubs at the Fernhill branch. " + CLUBS * (size // len(CLUBS))


def _pair_days(size: int) -> float:
    text = _one_line(size)
    found = tag(text, None)
    return _seconds(lambda: ruled_days(text, found))


def test_four_times_the_line_takes_about_four_times_as_long():
    _pair_days(600)
    _assert_linear(_pair_days(24_000) / max(_pair_days(6_000), 1e-3))


def test_each_day_of_a_line_of_clubs_is_its_own_clubs():
    text = _one_line(len(CLUBS) * 3)
    found = ruled_days(text, tag(text, None))
    assert len(found) == 9
    assert {(r.month, r.day, tuple(r.weekdays)) for r in found} == {
        (10, 14, ((2, 0),)), (11, 18, ((2, 0),)), (12, 3, ((3, 0),))}


def test_a_line_of_two_clubs_dates_the_page():
    """2025 is the only year from twelve before the build to two after it in which 14 October
    and 18 November are Tuesdays and 3 December a Wednesday."""
    result = process_document(Document(path="clubs.txt", text=_one_line(len(CLUBS))), Options(today=BUILT))
    assert result.reference.value == date(2025, 8, 19)      # eight weeks before 14 October


def test_days_before_a_lines_first_rule_are_that_rules():
    text = "Closed Oct. 14 and Nov. 18: the Draughts Club meets every Tuesday; Crochet Corner every Wednesday."
    found = ruled_days(text, tag(text, None))
    assert [(r.month, r.day, tuple(r.weekdays)) for r in found] == [(10, 14, ((2, 0),)), (11, 18, ((2, 0),))]


def test_a_rule_reads_only_its_own_line():
    text = "Chess every Tuesday.\nOct. 15 is the fair.\nCrochet every Wednesday, not Dec. 3."
    found = ruled_days(text, tag(text, None))
    assert [(r.month, r.day, tuple(r.weekdays)) for r in found] == [(12, 3, ((3, 0),))]
