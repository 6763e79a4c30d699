"""TimeML's value for a fiscal quarter written as a code: the fiscal year's label and the
quarter's number, as TimeBank writes "the fiscal first quarter" (session 19, unseen news)."""

from __future__ import annotations

import pytest

from calfeed.timex.evaluation import timeml_tags


@pytest.mark.parametrize("text, dct, value", [
    ("Revenue rose 6% compared to Q2 FY11.", "2012-05-10", "2011-Q2"),
    ("The plant opens in Q1 FY28.", "2027-01-28", "2028-Q1"),
    ("Shipments resume in FY2028 Q4.", "2027-01-28", "2028-Q4"),
    ("Sundaram reports Q3 FY27 results.", "2027-01-28", "2027-Q3"),
])
def test_a_fiscal_quarter_code_is_its_years_quarter(text: str, dct: str, value: str) -> None:
    found = [t for t in timeml_tags(text, dct) if t.rule == "fiscal_quarter"]
    assert [(t.type, t.value) for t in found] == [("DATE", value)]


def test_a_calendar_quarter_keeps_its_value() -> None:
    assert [t.value for t in timeml_tags("Sales fell in Q2 2011.", "2011-08-01")] == ["2011-Q2"]
