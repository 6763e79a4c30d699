"""A clock in brackets right after a weekly series and a word or two naming what recurs ("after
every Sunday evening service (6pm to 6.30pm)") is that series' time: it gives no one-off entry of
its own."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def test_a_bracketed_clock_after_the_series_noun_times_the_series_and_nothing_else():
    text = "The bell ringers practise after every Sunday evening service (6pm to 6.30pm) in the tower."
    (event,) = page_events(text, "2025-03-04")
    assert event.rrule == "FREQ=WEEKLY;BYDAY=SU"
    assert (event.start, event.end) == (datetime(2025, 3, 9, 18, 0), datetime(2025, 3, 9, 18, 30))


def test_a_bracketed_clock_right_after_the_series_times_it():
    (event,) = page_events("The youth club meets every Tuesday evening (7pm to 9pm) in the crypt.", "2022-07-17")
    assert (event.rrule, event.start) == ("FREQ=WEEKLY;BYDAY=TU", datetime(2022, 7, 19, 19, 0))
