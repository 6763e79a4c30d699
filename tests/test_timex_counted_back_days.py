"""A day right after "back to" ends a count back from now ("interest is charged back to March 3"): a year-less
such day is one already gone, whatever tense its clause has, so it gives no entry ahead of the page; a postponing
verb before "back to" ("pushed back to") still moves a date ahead (tense.counted_back_to)."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from calfeed.timex import tag
from events_helpers import BUILD_DAY

PAGE = """---
title: Harbour Rates Office: late payments
url: http://example.org/2017/10/12/rates-late-payments/
---
Harbour Rates Office: late payments

The second instalment of the Harbour rates is due this coming Friday, October 20. If it is paid late, there are
two charges. First, a fee of 5 percent is added to the unpaid amount. Second, interest on the amount due is also
calculated back to April 18.
"""


def _values(text: str, written: str, reference: date) -> list[str]:
    return [t.value for t in tag(text, reference) if t.text == written]


def test_a_day_counted_back_to_is_one_gone_by():
    assert _values("Interest on the unpaid amount is charged back to March 3.", "March 3",
                   date(2031, 6, 10)) == ["2031-03-03"]
    assert _values("The new allowance will be backdated to March 3.", "March 3", date(2031, 6, 10)) == ["2031-03-03"]
    assert _values("The fee is reckoned going back to March 3.", "March 3", date(2031, 6, 10)) == ["2031-03-03"]


def test_a_postponed_day_still_lies_ahead():
    assert _values("The ferry inquiry was pushed back to March 3.", "March 3", date(2031, 6, 10)) == ["2032-03-03"]
    assert _values("The ferry inquiry will be moved back to March 3.", "March 3", date(2031, 6, 10)) == ["2032-03-03"]


def test_the_day_counted_back_to_gives_no_entry_ahead():
    """The page is dated only by its address: its year-less days were read ahead of it."""
    events = process_document(parse_document(PAGE.encode(), "rates.md"), Options(today=BUILD_DAY)).events
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2017, 10, 20))]    # not 18 April 2018
