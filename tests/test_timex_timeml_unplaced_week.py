"""TimeML reading of "the week" alone, recounted by a finer key (session 32).

"the week" with no "this", "last" or "next" is a week TimeBank does not place: YYYY-WXX, 3 of its
3 ("For the week, the index dropped 3.8%", "the week's most active session"), while "this/last/next
week" are placed weeks in most of its stories. calfeed places it in a week (timex.txt: "the week's").
"""

from __future__ import annotations

import pytest

from timex_helpers import tags


def test_the_week_alone_is_an_unplaced_week_of_its_year() -> None:
    assert tags("The index fell on Friday. For the week, the index dropped 3.8%.", "1989-10-30")[-1] == (
        "the week", "DATE", "1989-WXX")
    assert ("the week", "DATE", "1989-WXX") in tags("Volume was the week's highest.", "1989-10-30")


@pytest.mark.parametrize("text, expected", [
    ("Shares fell this week.", ("this week", "DATE", "1989-W44")),
    ("Shares fell last week.", ("last week", "DATE", "1989-W43")),
    ("Shares rested over the weekend.", ("the weekend", "DATE", "1989-W43-WE")),
    ("The hearing is set for the week of March 6.", ("the week of March 6", "DATE", "1990-W10")),
])
def test_a_placed_week_stays_placed(text, expected) -> None:
    assert expected in tags(text, "1989-10-30")
