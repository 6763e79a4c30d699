"""A daily clock with no days of its own ("The event runs from 6 to 7 pm every day")
after a paragraph that gives the run of days ("... from March 10 to March 16."): those are the
series' days, so it is a daily series bounded by them, not standing hours left off the calendar
(and the run is no all-day entry beside it). A daily clock after single days keeps its reading
(tests/test_events_daily_start_clock.py)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events


def test_daily_hours_in_the_next_paragraph_take_the_run_of_days():
    page = ("# Talks on tolerance\n\n"
            "Nagpur: Well-known writers will speak in the yearly online talk series held by the "
            "Friends of Reading from March 10 to March 16.\n\n"
            "The talks aim to build calm in the town. The event runs from 6 to 7 pm every day. "
            "The group's head said the series has run for twelve years.\n")
    events = page_events(page, "2025-03-02")
    assert [(e.start, e.end, e.rrule) for e in events] == [
        (datetime(2025, 3, 10, 18, 0), datetime(2025, 3, 10, 19, 0), "FREQ=DAILY;UNTIL=20250316T235959")]


def test_daily_hours_in_the_same_paragraph_take_the_run_of_days():
    page = ("# Book fair\n\n"
            "The county book fair opens on the green from 4 June to 8 June. "
            "The fair will be open from 9 am to 5 pm daily.\n")
    events = page_events(page, "2027-05-01")
    assert [(e.start, e.rrule) for e in events] == [(datetime(2027, 6, 4, 9, 0), "FREQ=DAILY;UNTIL=20270608T235959")]


def test_daily_hours_far_below_the_run_stay_standing_hours():
    page = ("# Book fair\n\n"
            "The county book fair opens on the green from 4 June to 8 June.\n\n"
            "Parking is free for stall holders.\n\n"
            "The car park has space for two hundred cars.\n\n"
            "The fair is open from 9 am to 5 pm daily.\n")
    events = page_events(page, "2027-05-01")
    assert not any(e.rrule for e in events)


def test_daily_hours_of_something_else_leave_the_run_alone():
    page = ("# Book fair\n\n"
            "The county book fair opens on the green from 4 June to 8 June. "
            "Parking is free from 9 am to 5 pm daily.\n")
    events = page_events(page, "2027-05-01")
    assert [(e.start, e.end, e.rrule) for e in events] == [(date(2027, 6, 4), date(2027, 6, 8), None)]
