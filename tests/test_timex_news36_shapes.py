"""Shapes of recent news stories that the news36 development set showed (session 36).

A word that is both a verb and a noun ("start", "run", "finish") after an article and an
adjective ("a poor start", "a 12-match winless run") is the noun, as it is right after the
article; read as a present schedule verb it looked ahead and put a past day, and through it a
whole dated list, a year on.

A future-looking participle after a past copula ("a vote was expected Wednesday", "the hearing
was scheduled for Friday") is the future as the story's moment saw it: the weekday ahead.

"multi-" before a unit ("a multi-year contract") is an open count of it, as "several-year".
"""

from __future__ import annotations

import pytest

from calfeed.timex.evaluation import timeml_tags


def _tags(text: str, dct: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_tags(text, dct)]


@pytest.mark.parametrize("text", [
    "The head coach lost her job on October 9 after a sluggish start.",
    "The head coach loses her job on October 9 after a bad run.",
    "October 9 - The head coach leaves the club after a 7-game losing run.",
    "October 9 - The head coach leaves the club after a long run without a home win.",
    "October 9 - The head coach leaves the club after the team's worst start to a league season.",
])
def test_a_verb_noun_after_an_adjective_is_no_schedule_verb(text) -> None:
    assert _tags(text, "2024-11-18") == [("October 9", "DATE", "2024-10-09")]


@pytest.mark.parametrize("text", [
    "The talks start on October 9.",
    "Its new season starts on October 9.",
    "The long-awaited trial opens on October 9.",
])
def test_a_verb_after_its_subject_still_looks_ahead(text) -> None:
    assert _tags(text, "2024-11-18") == [("October 9", "DATE", "2025-10-09")]


def test_a_dated_list_of_past_rows_stays_behind_the_story() -> None:
    text = ("Coaches who lost their posts this season:\n\n"
            "October 3 - The first coach was dismissed after a heavy defeat.\n\n"
            "November 9 - The second coach left the club by mutual consent.\n\n"
            "January 20 - The third coach was sacked with the team in the bottom three.\n\n"
            "March 14 - The fourth coach loses his post after a seven-game winless run.\n")
    values = [value for _, kind, value in _tags(text, "2023-04-03") if kind == "DATE"]
    assert values == ["2022-10-03", "2022-11-09", "2023-01-20", "2023-03-14"]


@pytest.mark.parametrize("text, dct, expected", [
    ("Net income for the quarter ended March 31 was $31 million, against $26 million in the same quarter last year.",
     "2019-05-08", ("the same quarter last year", "DATE", "2018-Q1")),
    ("Bookings in the quarter ended March 31, 2019, were 9 percent below the same period a year ago.",
     "2019-05-08", ("the same period a year ago", "DATE", "2018-Q1")),
    ("For the quarter ended June 30 it earned $2 million, against $3 million in the same quarter of 2012.",
     "2013-08-12", ("the same quarter", "DATE", "2012-Q2")),
])
def test_the_quarter_a_closing_day_places_is_the_one_compared(text, dct, expected) -> None:
    assert expected in _tags(text, dct)


def test_a_fiscal_quarter_told_before_stays_the_story_quarter() -> None:
    text = ("It earned $5 million in the fiscal first quarter. Sales were $538 million for the quarter ended "
            "Sept. 29, up from $388 million a year earlier.")
    assert ("a year earlier", "DATE", "1988-Q1") in _tags(text, "1989-10-26")


@pytest.mark.parametrize("text, expected", [
    ("A reply from the board was expected late Tuesday or else Wednesday.", ("Wednesday", "DATE", "2013-01-02")),
    ("The ruling was expected Thursday.", ("Thursday", "DATE", "2013-01-03")),
    ("The hearing was scheduled for Friday.", ("Friday", "DATE", "2013-01-04")),
    ("The launch was slated for Saturday.", ("Saturday", "DATE", "2013-01-05")),
])
def test_a_day_expected_in_the_past_lies_ahead(text, expected) -> None:
    assert expected in _tags(text, "2013-01-01")


@pytest.mark.parametrize("text, expected", [
    ("The vote was held Wednesday.", ("Wednesday", "DATE", "2012-12-26")),
    ("The rent was due on Wednesday.", ("Wednesday", "DATE", "2012-12-26")),
])
def test_a_past_verb_or_a_passed_deadline_stays_behind(text, expected) -> None:
    assert expected in _tags(text, "2013-01-01")


@pytest.mark.parametrize("text, expected", [
    ("Riverside Rangers tie goalkeeper to multi-year extension", [("multi-year", "DURATION", "PXY")]),
    ("The orchestra offered its new conductor a multi-year deal.", [("multi-year", "DURATION", "PXY")]),
    ("It was a multi-day festival.", [("multi-day", "DURATION", "PXD")]),
    ("Voters backed multi-party elections and multi-million budgets.", []),
])
def test_multi_before_a_unit_is_an_open_count(text, expected) -> None:
    assert _tags(text, "2016-05-20") == expected
