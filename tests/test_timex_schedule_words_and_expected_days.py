"""Whether a schedule word or a participle makes a weekday or a day look ahead (news36, session 36).

A word that is both a verb and a noun ("start", "run", "finish") after an article and an
adjective ("a poor start", "a 12-match winless run") is the noun, as it is right after the
article; read as a present schedule verb it looked ahead and put a past day, and through it a
whole dated list, a year on.

A future-looking participle after a past copula ("a vote was expected Wednesday", "the hearing
was scheduled for Friday") is the future as the story's moment saw it: the weekday ahead.
(Moved from test_timex_news36_shapes.py, session 38.)
"""

from __future__ import annotations

import pytest

from timex_helpers import tags


@pytest.mark.parametrize("text", [
    "The head coach lost her job on October 9 after a sluggish start.",
    "The head coach loses her job on October 9 after a bad run.",
    "October 9 - The head coach leaves the club after a 7-game losing run.",
    "October 9 - The head coach leaves the club after a long run without a home win.",
    "October 9 - The head coach leaves the club after the team's worst start to a league season.",
])
def test_a_verb_noun_after_an_adjective_is_no_schedule_verb(text) -> None:
    assert tags(text, "2024-11-18") == [("October 9", "DATE", "2024-10-09")]


@pytest.mark.parametrize("text", [
    "The talks start on October 9.",
    "Its new season starts on October 9.",
    "The long-awaited trial opens on October 9.",
])
def test_a_verb_after_its_subject_still_looks_ahead(text) -> None:
    assert tags(text, "2024-11-18") == [("October 9", "DATE", "2025-10-09")]


def test_a_dated_list_of_past_rows_stays_behind_the_story() -> None:
    text = ("Coaches who lost their posts this season:\n\n"
            "October 3 - The first coach was dismissed after a heavy defeat.\n\n"
            "November 9 - The second coach left the club by mutual consent.\n\n"
            "January 20 - The third coach was sacked with the team in the bottom three.\n\n"
            "March 14 - The fourth coach loses his post after a seven-game winless run.\n")
    values = [value for _, kind, value in tags(text, "2023-04-03") if kind == "DATE"]
    assert values == ["2022-10-03", "2022-11-09", "2023-01-20", "2023-03-14"]


@pytest.mark.parametrize("text, expected", [
    ("A reply from the board was expected late Tuesday or else Wednesday.", ("Wednesday", "DATE", "2013-01-02")),
    ("The ruling was expected Thursday.", ("Thursday", "DATE", "2013-01-03")),
    ("The hearing was scheduled for Friday.", ("Friday", "DATE", "2013-01-04")),
    ("The launch was slated for Saturday.", ("Saturday", "DATE", "2013-01-05")),
])
def test_a_day_expected_in_the_past_lies_ahead(text, expected) -> None:
    assert expected in tags(text, "2013-01-01")


@pytest.mark.parametrize("text, expected", [
    ("The vote was held Wednesday.", ("Wednesday", "DATE", "2012-12-26")),
    ("The rent was due on Wednesday.", ("Wednesday", "DATE", "2012-12-26")),
])
def test_a_past_verb_or_a_passed_deadline_stays_behind(text, expected) -> None:
    assert expected in tags(text, "2013-01-01")
