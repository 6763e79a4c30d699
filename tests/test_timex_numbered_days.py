"""A day numbered within an event ("day three", "on day four,", "Day 5 of the trial") is a DATE in
TimeML, as "the third day of" is (rule ordinal_day); calfeed's calendar does not use it (news37: a
cricket report's "day three" and "day four"; news39: a match report's "Day 5"; TBAQ's one counted day
is written "the second day of"). Examples written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.timex import tag
from calfeed.timex.evaluation import timeml_tags

DCT = "2014-07-31"


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_tags(text, DCT)]


@pytest.mark.parametrize("text, expected", [
    ("The bowlers struggled again on day three.", ("day three", "DATE", DCT)),
    ("Rain is forecast for day four, the groundsmen said.", ("day four", "DATE", DCT)),
    ("Day 5 of the hearing opened with the defence.", ("Day 5", "DATE", DCT)),
    ("Day two of the sit-in passed without arrests.", ("Day two", "DATE", DCT)),
    ("The hunger strike reached day 12 of its second month.", ("day 12", "DATE", DCT)),
])
def test_a_numbered_day_is_tagged_in_timeml_mode(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize("text", [
    "On the day two ministers resigned, the markets fell.",   # a relative clause after "the day"
    "Staff worked ten hours a day, six days a week.",          # a rate
    "Costs rose by a dollar a day 5 days in a row.",
    "The plan was doomed from day one.",                       # since the start
    "Lunch lasted a day 3 hours longer than planned.",
    "The parade falls on Victory Day 9 May.",                 # a holiday's name before a date
])
def test_no_numbered_day(text: str) -> None:
    assert [t.text for t in timeml_tags(text, DCT) if t.rule == "numbered_day"] == []


def test_calendar_mode_does_not_see_numbered_days() -> None:
    assert [t.text for t in tag("Rain is forecast for day four, the groundsmen said.", date(2014, 7, 31))] == []
