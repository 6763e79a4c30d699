"""Year-less deadlines given as recurring every year (red team 9b #10): each is a yearly
series from its next occurrence, and every day of the list is kept (January 7 was lost)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_annual_deadlines_are_yearly_series_and_all_kept():
    events = tagged_events("At NIAID, T32 and T35 training grants have two annual deadlines: January 25 and "
                           "September 25 for non-AIDS, and January 7 and May 7 for AIDS-related applications.",
                           published=date(2026, 6, 1))
    days = sorted((e.start, e.rrule, e.kind) for e in events)
    assert days == [(date(2026, 9, 25), "FREQ=YEARLY", "deadline"), (date(2027, 1, 7), "FREQ=YEARLY", "deadline"),
                    (date(2027, 1, 25), "FREQ=YEARLY", "deadline"), (date(2027, 5, 7), "FREQ=YEARLY", "deadline")]


def test_standard_due_dates_label_makes_yearly_deadlines():
    events = tagged_events("Standard due dates: February 5, June 5, October 5.", published=date(2026, 3, 1))
    assert sorted((e.start, e.rrule, e.kind) for e in events) == [
        (date(2026, 6, 5), "FREQ=YEARLY", "deadline"), (date(2026, 10, 5), "FREQ=YEARLY", "deadline"),
        (date(2027, 2, 5), "FREQ=YEARLY", "deadline")]


def test_a_one_off_deadline_stays_one():
    events = tagged_events("Applications are due February 5.", published=date(2026, 3, 1))
    assert [e.rrule for e in events] == [None]
