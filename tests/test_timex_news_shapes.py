"""Shapes of recent news stories that the news35 development set showed (session 35).

A day with a year named from the document's date ("from January 1 next year") is one date in
that year; "now" inside a compound adjective ("the now-defunct company") names no time; a
forecast told in the past ("was forecast to cross ... on Wednesday") looks ahead from the story; a
clause opened by "after" has its own verb ("is set to join the index after its shares jumped in July").
"""

from __future__ import annotations

import pytest

from timex_helpers import tags


@pytest.mark.parametrize("text, expected", [
    ("The plant closes on March 31 next year.", [("March 31 next year", "DATE", "2012-03-31")]),
    ("It opened on Dec. 5 last year.", [("Dec. 5 last year", "DATE", "2010-12-05")]),
    ("The rules apply from 1 January next year.", [("1 January next year", "DATE", "2012-01-01")]),
    ("The plant closes on March 31 of next year.", [("March 31", "DATE", "2012-03-31"),
                                                    ("next year", "DATE", "2012")]),
])
def test_a_day_takes_the_year_named_after_it(text, expected) -> None:
    assert tags(text, "2011-02-01") == expected


def test_now_in_a_compound_adjective_is_no_time() -> None:
    assert tags("She once chaired the now-defunct trade board.", "2011-05-24") == []
    assert tags("Oil prices are now higher.", "2011-05-24") == [("now", "DATE", "PRESENT_REF")]


def test_a_past_forecast_looks_ahead() -> None:
    text = "The cyclone was forecast to cross the northern shore late on Wednesday or early on Thursday."
    assert tags(text, "2011-02-01") == [("Wednesday", "DATE", "2011-02-02"), ("Thursday", "DATE", "2011-02-03")]
    assert tags("The storm was predicted to make landfall on Friday.", "2011-02-01") == [
        ("Friday", "DATE", "2011-02-04")]


def test_a_clause_after_after_keeps_its_own_tense() -> None:
    assert tags("The company is set to join the index after its shares jumped in July.", "2013-09-11") == [
        ("July", "DATE", "2013-07")]
    text = ("Later on Wednesday the brewer is set to be moved into the leading index after its earnings rose "
            "to a record on strong sales in July.")
    assert tags(text, "2013-09-11") == [("Wednesday", "DATE", "2013-09-11"), ("July", "DATE", "2013-07")]
    assert tags("The trial will resume after the judge returns on Monday.", "2013-09-11") == [
        ("Monday", "DATE", "2013-09-16")]
