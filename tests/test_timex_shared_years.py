"""Conjoined dates share a written year only within a list of the same kind (shared_years.py)."""

from __future__ import annotations

from datetime import date

from calfeed.timex import tag


def _values(text: str, reference: date = date(2026, 11, 20)) -> list[str]:
    return [t.value for t in tag(text, reference)]


def test_a_list_shares_the_year_written_after_its_last_day() -> None:
    assert _values("Sessions on 3 February, 10 March, and 5 April 2028.") == ["2028-02-03", "2028-03-10", "2028-04-05"]


def test_a_day_and_a_month_share_nothing() -> None:
    assert _values("Held in March and on 3 April 2028.")[0] != "2028-03"


def test_a_quarter_in_another_sentence_keeps_its_own_year() -> None:
    assert _values("Phase one ends in Q2 2028. By Q3 we will know more.")[1] == "2026-Q3"


def test_a_date_far_from_the_list_word_shares_nothing() -> None:
    assert _values("We met on 3 March, long before the vote of 10 April 2028.")[0] != "2028-03-03"
