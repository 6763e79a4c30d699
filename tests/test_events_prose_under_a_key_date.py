"""A key-dates widget's row ("01 September 2031" / "SECOND ROUND OPENS") may have a paragraph of prose
under its caption that writes days of its own ("Entries received on and after 1 September, and until
31 March 2032 will be judged at the Panel Meeting held in May 2032."). That paragraph is no
item of the row's day: its own days give its entries (the March deadline, the May meeting),
and it gives no entry on the row's day titled by the whole sentence."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

KEY_DATES = ("Key Dates\n\n"
             "01 July 2031\n\nAPPLICATIONS OPEN\n\n"
             "31 August 2031\n\nFIRST ROUND CLOSES\n\n"
             "01 September 2031\n\nSECOND ROUND OPENS\n\n"
             "Entries received on and after 1 September, and until 31 March 2032 will be judged at the "
             "Panel Meeting held in May 2032.\n")


def test_the_paragraph_under_a_caption_gives_its_own_days():
    events = tagged_events(KEY_DATES, published=date(2031, 6, 1))
    days = {(e.start, e.precision) for e in events}
    assert (date(2032, 3, 31), "exact") in days
    assert (date(2032, 5, 1), "approximate") in days


def test_the_row_day_is_named_by_its_caption_only():
    events = tagged_events(KEY_DATES, published=date(2031, 6, 1))
    assert [e.title for e in events if e.start == date(2031, 9, 1)] == ["SECOND ROUND OPENS"]
