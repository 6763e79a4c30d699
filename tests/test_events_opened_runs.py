"""A run whose sentence writes only its end ("This edition, which continues until Sunday, May 18")
starts on the day the page told it opened ("On Saturday May 10 the mayor gave the opening speech of
the 9th edition ..."), not on the page's day, when that sentence names the run's noun and the day
lies in the fortnight before the page. R82 class 4 (page 02's shape), in our own words."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

OPENED = """On Saturday May 10, 2031, the mayor of Tarsk gave the opening speech of the 9th edition of the Tarsk Kite Festival, at the harbour hall.

The crowd was large.

This edition, which continues until Sunday, May 18, 2031, will see many guests from abroad.
"""


def test_a_run_starts_on_the_day_its_opening_was_told():
    events = page_events(OPENED, "2031-05-14")
    assert [(e.start, e.end, e.precision) for e in events] == [(date(2031, 5, 10), date(2031, 5, 18), "exact")]


def test_a_day_with_no_opening_word_leaves_the_run_from_the_page_s_day():
    page = OPENED.replace("gave the opening speech of", "spoke about")
    assert [(e.start, e.end) for e in page_events(page, "2031-05-14")] == [(date(2031, 5, 14), date(2031, 5, 18))]


def test_an_opening_of_another_thing_leaves_the_run_from_the_page_s_day():
    page = "The kite fair opened on 12 May. This edition, which continues until Sunday, May 18, 2031, will see many guests."
    assert [(e.start, e.end) for e in page_events(page, "2031-05-14")] == [(date(2031, 5, 14), date(2031, 5, 18))]
