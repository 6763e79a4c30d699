"""A day of each month named by its ordinal ("on the 15th of every month", "the last day of each
month") is a monthly series on that day, as "the first Monday of each month" is on its weekday; before,
only "every month" was read and no entry came of it. Texts written for this test."""

from __future__ import annotations

from events_helpers import page_events


def test_an_ordinal_day_of_every_month_is_a_monthly_series_on_that_day():
    page = ("# Stamp collectors\n\n"
            "The stamp circle gathers on the 12th of every month at 6pm in the church hall.\n")
    series = [(str(e.start), e.rrule) for e in page_events(page, "2026-09-01") if e.rrule]
    assert series == [("2026-09-12 18:00:00", "FREQ=MONTHLY;BYMONTHDAY=12")]


def test_two_days_of_each_month_are_one_series():
    page = ("# Market\n\n"
            "The farmers' market is held on the 3rd and 17th of each month in the square.\n")
    rules = [e.rrule for e in page_events(page, "2026-09-01") if e.rrule]
    assert rules == ["FREQ=MONTHLY;BYMONTHDAY=3,17"]


def test_a_day_of_one_month_stays_a_single_day():
    page = ("# Notice\n\n"
            "The stamp circle will meet on the 12th of October at 6pm.\n")
    assert [e.rrule for e in page_events(page, "2026-09-01")] == [None]
