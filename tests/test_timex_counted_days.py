"""A day counted within an event ("the second day of the strike"): TimeML tags it, calfeed's
calendar does not use it. Examples written for this test, not taken from any corpus."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.timex import tag
from calfeed.timex.evaluation import timeml_tags

DCT = "2013-03-20"


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_tags(text, DCT)]


@pytest.mark.parametrize("text, expected", [
    # a present copula makes the counted day the story's own day
    ("Today is the eighth day of the blockade.", ("the eighth day", "DATE", DCT)),
    ("It's the second day of the strike by dock workers.", ("the second day", "DATE", DCT)),
    ("The march marks the 12th day of the protests.", ("the 12th day", "DATE", DCT)),
    # told of a day the story names, it is that day
    ("Saturday was the fourth day of the vigil.", ("the fourth day", "DATE", "2013-03-16")),
    # plural hours: a vague length
    ("Rebels took 300 prisoners in the first hours of the assault.", ("the first hours", "DURATION", "PTXH")),
])
def test_counted_day_is_tagged_in_timeml_mode(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_possessive_leaves_the_determiner_out() -> None:
    spans = [t for t, _, _ in _found("She signed the order on her first day in office.")]
    assert spans == ["first day"]


@pytest.mark.parametrize("text", [
    "Prices fell for the third straight day.",          # a count TimeBank leaves untagged
    "Shares slid for a second consecutive day.",
    "They stayed until the final day of the fair.",     # "last"/"final" are not counts from a start
])
def test_counts_and_last_days_are_not_counted_days(text: str) -> None:
    assert [t.text for t in timeml_tags(text, DCT) if t.rule == "ordinal_day"] == []


def test_calendar_days_keep_their_rules() -> None:
    assert _found("We met on the first day of March.") == [("the first day of March", "DATE", "2013-03-01")]
    assert ("the first day", "DATE", DCT) not in _found("Rent is due on the first day of the month.")


def test_calendar_mode_does_not_see_counted_days() -> None:
    # events could place no entry on them: they stay out of calfeed's own reading
    found = [t.text for t in tag("Today is the eighth day of the blockade.", date(2013, 3, 20))]
    assert found == ["Today"]
