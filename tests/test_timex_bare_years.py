"""A year written alone in four digits is one shape many readers ask about (Timex.bare_year)."""

from __future__ import annotations

from datetime import date

from calfeed.timex import extract, resolve


def _found(text: str) -> dict[str, bool]:
    return {t.text: t.bare_year for t in resolve(extract(text), text, date(2031, 3, 2))}


def test_a_year_alone_is_bare_and_a_day_or_month_carrying_one_is_not():
    found = _found("The fair ran in 2029. It opens on 14 June 2031 and closes in July 2031.")
    assert found["2029"] is True
    assert found["14 June 2031"] is False
    assert found["July 2031"] is False


def test_a_two_digit_year_and_a_decade_are_not_bare_years():
    found = _found("Prices rose in the 1990s and again in '08.")
    assert all(not bare for bare in found.values())
