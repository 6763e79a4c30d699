""""multi-" before a unit ("a multi-year contract") is an open count of it, as "several-year" is;
before other words ("multi-party") it counts no time (news36, session 36; moved from
test_timex_news36_shapes.py, session 38)."""

from __future__ import annotations

import pytest

from timex_helpers import tags


@pytest.mark.parametrize("text, expected", [
    ("Riverside Rangers tie goalkeeper to multi-year extension", [("multi-year", "DURATION", "PXY")]),
    ("The orchestra offered its new conductor a multi-year deal.", [("multi-year", "DURATION", "PXY")]),
    ("It was a multi-day festival.", [("multi-day", "DURATION", "PXD")]),
    ("Voters backed multi-party elections and multi-million budgets.", []),
])
def test_multi_before_a_unit_is_an_open_count(text, expected) -> None:
    assert tags(text, "2016-05-20") == expected
