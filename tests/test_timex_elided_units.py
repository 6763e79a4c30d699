"""A direction word whose unit is left unsaid after a named period ("this year and next") takes that
period's unit; before a noun of its own it is no ellipsis. Examples written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.timex import tag
from calfeed.timex.evaluation import timeml_tags


@pytest.mark.parametrize("text", [
    "The team hopes to reach the final this year and next season.",   # "next" modifies its own noun
    "The choir sang this year and last summer.",
    "Turnout was higher this year than last time.",
    "He plans to study this year and next door a café will open.",   # "next door": no follower word
])
def test_direction_word_before_its_own_noun_is_no_ellipsis(text: str) -> None:
    found = [t.text for t in tag(text, date(2013, 3, 21))]
    assert "next" not in found and "last" not in found


def test_elided_next_is_one_timex_in_timeml_mode() -> None:
    found = [(t.text, t.type, t.value) for t in timeml_tags("Exports should grow this year and next, the ministry said.",
                                                            "2013-03-21")]
    assert found == [("this year", "DATE", "2013"), ("next", "DATE", "2014")]
