"""A quotation closed by a comma before its reporting words ('"... in May," she said') is a clause of its own
for the tense reader (tense._QUOTE_CLOSE), and so is a reported clause with its "that" left out ("warned it
would", tense._reported_clause): the marks are found once per sentence, and each date's clause is found among
them by bisection, so a long sentence of many quotations or reported clauses stays linear in its length."""

from __future__ import annotations

from datetime import date

from calfeed.timex import tag
from calfeed.timex.tense import told_tenses
from test_timex_speed_guard import _assert_linear, _seconds


def _sentence(parts: int) -> str:
    """Quotes of a panel run into one sentence, a month inside each and a reporting verb after it."""
    return " ".join('"the fair runs into May," one said, and' for _ in range(parts)) + " all agreed."


def test_four_times_the_quotations_take_about_four_times_as_long():
    tag(_sentence(3), date(2002, 6, 7))       # warm up: the tables load once
    small = _seconds(lambda: tag(_sentence(60), date(2002, 6, 7)))
    _assert_linear(_seconds(lambda: tag(_sentence(240), date(2002, 6, 7))) / max(small, 1e-4))


def _reports(parts: int) -> str:
    """Warnings run into one sentence, a day before each verb of saying and a modal after its pronoun."""
    return " ".join("on Monday the maker warned it would miss, and" for _ in range(parts)) + " all agreed."


def test_four_times_the_reported_clauses_take_about_four_times_as_long():
    tag(_reports(3), date(2001, 3, 10))
    small = _seconds(lambda: tag(_reports(60), date(2001, 3, 10)))
    _assert_linear(_seconds(lambda: tag(_reports(240), date(2001, 3, 10))) / max(small, 1e-4))


def test_the_quotation_keeps_its_own_present():
    """On the parent the "said" after the quotation sent the month a year back (2001-09)."""
    found = tag('"The fair runs into September," one said.', date(2002, 6, 7))
    assert [(t.text, t.value) for t in found] == [("September", "2002-09")]


def test_the_reporting_verb_still_counts_without_a_quotation():
    assert told_tenses("The fair ran into May, one said.") == told_tenses("The fair ran into May.") | {"past"}
