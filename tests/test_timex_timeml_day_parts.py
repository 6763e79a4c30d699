"""A day with a part of the day is a TIME in TimeML's view ("Friday evening" TIME, value <day>TEV, in
its guidelines; the news sets' gold agrees), whatever rule found it; calfeed's own view keeps a DATE
(timex.txt), so events read no clock time into it. Each case here was DATE on the parent commit."""

from __future__ import annotations

import pytest

from calfeed.timex import tag
from calfeed.timex.evaluation import timeml_tags


def _tags(text: str, dct: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_tags(text, dct)]


@pytest.mark.parametrize("text,expected", [
    ("The barge sank Tuesday night, the harbour office said.", ("Tuesday night", "TIME", "2013-03-05TNI")),
    ("Ballots are counted Friday evening.", ("Friday evening", "TIME", "2013-03-08TEV")),
    ("The envoy landed early Saturday morning.", ("early Saturday morning", "TIME", "2013-03-02TMO")),
    ("Shares slid on Monday afternoon.", ("Monday afternoon", "TIME", "2013-03-04TAF")),
    ("The pier reopened last Thursday evening.", ("last Thursday evening", "TIME", "2013-02-28TEV")),
])
def test_a_weekday_with_its_part_of_the_day_is_a_time(text: str, expected: tuple[str, str, str]) -> None:
    assert _tags(text, "2013-03-06") == [expected]


def test_a_part_of_a_day_told_before_is_a_time() -> None:
    """"That evening", "the next morning": a part of a day the story named, TIME as the weekday's is."""
    assert _tags("The mill burned on Friday. That evening the owners met.", "1998-10-25") == [
        ("Friday", "DATE", "1998-10-23"), ("That evening", "TIME", "1998-10-23TEV")]
    assert _tags("She was charged on March 9 and freed the next morning.", "2000-03-12") == [
        ("March 9", "DATE", "2000-03-09"), ("the next morning", "TIME", "2000-03-10TMO")]


def test_a_day_alone_and_a_weekly_part_of_the_day_keep_their_types() -> None:
    assert _tags("Ballots are counted Friday.", "2013-03-06") == [("Friday", "DATE", "2013-03-08")]
    assert _tags("Buses run on Sunday evenings.", "2013-03-06") == [("Sunday evenings", "SET", "XXXX-WXX-7TEV")]


def test_calfeeds_own_view_keeps_a_date() -> None:
    """Events read a TIME as a clock time; the calfeed view of "Friday evening" stays a DATE with hours."""
    found = tag("Ballots are counted Friday evening.", None)
    assert [(t.text, t.type) for t in found] == [("Friday evening", "DATE")]
