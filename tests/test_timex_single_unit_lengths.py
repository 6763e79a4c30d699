""""a single month", "a single year": "single" between the article and the unit counts one of it, as
"whole" and "entire" already did (news35: one sports story, news39: one science story; TBAQ has none).
A sport's "season" is no unit and stays untagged (news36, by the sets' convention). Examples written
for this test."""

from __future__ import annotations

import pytest

from timex_helpers import tags


@pytest.mark.parametrize("text, expected", [
    ("She scored nine goals in a single month.", ("a single month", "DURATION", "P1M")),
    ("The lab has never run that many trials in a single year.", ("a single year", "DURATION", "P1Y")),
    ("Not a single day went by without a delay.", ("a single day", "DURATION", "P1D")),
    ("The river rose a metre in one single hour.", ("one single hour", "DURATION", "PT1H")),
])
def test_single_counts_one_unit(text: str, expected) -> None:
    assert tags(text, "2014-01-23") == [expected]


def test_a_single_season_is_no_time() -> None:
    assert tags("It is the most goals by any player in a single season.", "2014-01-23") == []
