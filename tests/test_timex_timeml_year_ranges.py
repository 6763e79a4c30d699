"""A dash between two years that are not neighbours is a range told short: TimeML tags its two ends
apart, as it tags "from 1971 to 1979" (the news sets' gold, 3 stories of 3). Two neighbouring years
name one season or fiscal year and stay one TIMEX3; calfeed's own view keeps every span whole."""

from __future__ import annotations

import pytest

from calfeed.timex import tag
from calfeed.timex.evaluation import timeml_tags


def _tags(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_tags(text, "2019-04-02")]


@pytest.mark.parametrize("text,expected", [
    ("Exiles returned after the 1971-79 junta fell.", [("1971", "DATE", "1971"), ("79", "DATE", "1979")]),
    ("The canal was dug over 1881-1894, records show.", [("1881", "DATE", "1881"), ("1894", "DATE", "1894")]),
    ("The levy funds the 2021–2025 roads programme.", [("2021", "DATE", "2021"), ("2025", "DATE", "2025")]),
    ("The strike wave (1968 - 1972) shaped the union.", [("1968", "DATE", "1968"), ("1972", "DATE", "1972")]),
])
def test_a_dashed_span_of_years_is_two_timex3s(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tags(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The club won the 2017-18 league.", [("2017-18", "DATE", "2017")]),
    ("Output rose in 2009/10 on new mills.", [("2009/10", "DATE", "2009")]),
    ("The budget for financial year 2016-17 passed.", [("financial year 2016-17", "DATE", "2017")]),
])
def test_two_neighbouring_years_stay_one_period(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tags(text) == expected


def test_calfeeds_own_view_keeps_the_range_whole() -> None:
    found = tag("Exiles returned after the 1971-79 junta fell.", None)
    assert [(t.text, t.value) for t in found] == [("1971-79", "1971")]
