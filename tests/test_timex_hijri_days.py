"""The arithmetic Islamic calendar behind Eid and the Hijri New Year: every Gregorian year the
calendar reaches holds each Islamic day (review-18 N2: some far years raised, and years past
9997 overflowed); years before the Hijra hold none and say so."""

from datetime import date

import pytest

from calfeed.timex.periods import hijri_day


def test_every_year_the_calendar_reaches_holds_the_day() -> None:
    for year in range(623, 10000):
        held = hijri_day(year, 10, 1)
        assert held.year == year


def test_two_known_days() -> None:
    # 1 Shawwal 1447 and 1448 by the arithmetic (tabular) calendar
    assert hijri_day(2026, 10, 1) == date(2026, 3, 20)
    assert hijri_day(2027, 10, 1) == date(2027, 3, 10)


def test_a_year_before_the_calendar_began_holds_none() -> None:
    with pytest.raises(ValueError, match="Islamic month 10"):
        hijri_day(600, 10, 1)
