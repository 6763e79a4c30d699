"""Spans TimeML's own guidelines ask for, checked in TimeML mode (session 21): a bound with its
"no" ("no more than sixty days"), an approximator before "N units ago" inside the TIMEX3, the
"dawn of" a period inside it; an approximator before a clock stays outside, as in TimeBank."""

from __future__ import annotations

from calfeed.timex.evaluation import timeml_tags


def _spans(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in timeml_tags(text, dct)}


def test_no_more_than_keeps_its_no() -> None:
    assert _spans("Inspectors may visit the sites for no more than sixty days.", "1998-02-22") == {
        "no more than sixty days": "P60D"}


def test_an_approximator_before_ago_is_inside() -> None:
    assert _spans("The two banks merged about two years ago, a spokesman said.", "1989-10-26") == {
        "about two years ago": "1987"}
    assert _spans("The mill shut roughly a decade ago.", "1998-02-11") == {"roughly a decade ago": "1988"}
    assert _spans("The mill shut some 20 years ago.", "1998-02-11") == {"some 20 years ago": "1978"}


def test_an_approximator_before_a_clock_or_an_amount_stays_outside() -> None:
    spans = _spans("The blast came at about 10:35 a.m. and the fire burned for about three days.", "1998-08-07")
    assert set(spans) == {"10:35 a.m.", "three days"}


def test_the_dawn_of_a_year_is_one_span() -> None:
    assert _spans("The bank opened its doors at the dawn of 2000.", "2001-03-01") == {"the dawn of 2000": "2000"}


def test_an_amount_of_time_in_each_period_is_one_set() -> None:
    found = [(t.text, t.type, t.value) for t in timeml_tags("The nurses work three days every month.", "1998-02-11")]
    assert found == [("three days every month", "SET", "P1M")]
    found = [(t.text, t.type, t.value) for t in timeml_tags("Guards watched the gate 24 hours a day.", "1998-02-11")]
    assert found == [("24 hours a day", "SET", "P1D")]


def test_money_in_each_period_is_no_set() -> None:
    assert timeml_tags("The rent is $500 a year.", "1998-02-11") == []


def test_a_part_of_a_day_named_from_today_is_a_time() -> None:
    found = [(t.text, t.type, t.value) for t in timeml_tags("The minister will fly out tomorrow morning.", "2013-03-22")]
    assert found == [("tomorrow morning", "TIME", "2013-03-23TMO")]
    found = [(t.text, t.type) for t in timeml_tags("The minister flew out Friday morning.", "2013-03-22")]
    assert found == [("Friday morning", "TIME")]        # TimeML's guidelines, not TimeBank's DATE (session 46)


def test_a_prefixed_bound_is_inside_the_timex3() -> None:
    """"the post-1959 politics": TBAQ tags "post-1959" (1 of 1); TimeML puts a modifier inside the
    TIMEX3 with its mod (AFTER, BEFORE)."""
    found = [(t.text, t.value, t.mod) for t in timeml_tags("Families were split by the post-1959 politics.", "2000-02-24")]
    assert found == [("post-1959", "1959", "AFTER")]
    found = [(t.text, t.value, t.mod) for t in timeml_tags("Output is still below pre-1990 levels.", "2000-02-24")]
    assert found == [("pre-1990", "1990", "BEFORE")]
