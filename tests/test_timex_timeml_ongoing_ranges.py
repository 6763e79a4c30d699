"""TimeML mode tags a year-less range's two ends apart; told in the present while it is under way,
both keep the current year, as the calendar view's one range does (session 42: a monsoon's
"June-September" in a September news story had gone a year ahead)."""

from __future__ import annotations

import pytest

from calfeed.timex.evaluation import timeml_tags


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in timeml_tags(text, dct)}


@pytest.mark.parametrize("text,dct,want", [
    ("Kerala's July-October rainfall is 9 percent short of average so far.", "2019-09-03",
     {"July": "2019-07", "October": "2019-10"}),
    ("The northern fishing season runs from May to August.", "2024-06-12", {"May": "2024-05", "August": "2024-08"}),
    ("The dry season lasts from November to March in the delta.", "2021-01-15",
     {"November": "2020-11", "March": "2021-03"}),
    ("The harbour fair runs from 2 May to 20 June.", "2030-05-10", {"2 May": "2030-05-02", "20 June": "2030-06-20"}),
])
def test_a_range_under_way_told_in_the_present_is_this_years(text: str, dct: str, want: dict[str, str]) -> None:
    assert _values(text, dct) == want


@pytest.mark.parametrize("text,dct,want", [
    # over by the document's date: the next one, as before
    ("The northern fishing season runs from May to August.", "2024-09-12", {"May": "2025-05", "August": "2025-08"}),
    # told in the past: the last one, as before
    ("Kerala's rainfall was short from July to October.", "2019-09-03", {"July": "2019-07", "October": "2019-10"}),
    # two months a list word joins are no range
    ("Tickets for March and May are on sale.", "2024-04-20", {"March": "2025-03", "May": "2025-05"}),
])
def test_other_pairs_keep_their_reading(text: str, dct: str, want: dict[str, str]) -> None:
    assert _values(text, dct) == want
