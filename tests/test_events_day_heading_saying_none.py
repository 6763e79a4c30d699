"""A line under a day heading that says the day has none of the page's events ("No programs
today", "No events this day") is no entry: the day goes without (round 42 class 5). A closing
under its heading ("Centre closed for Founders' Day") is still one."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

WEEK = ("This week at the community centre\n\n"
        "Monday, March 8\n\n"
        "10 a.m.: Chair Yoga\n\n"
        "Tuesday, March 9\n\n"
        "No programs today\n\n"
        "Wednesday, March 10\n\n"
        "Centre closed for Founders' Day\n\n"
        "Thursday, March 11\n\n"
        "2 p.m.: Chess Club\n")


def test_a_day_with_no_events_gives_no_entry():
    events = tagged_events(WEEK, published=date(2027, 3, 1))
    assert not [e for e in events if e.start == date(2027, 3, 9) or "No programs" in e.title], \
        [(e.title, e.start) for e in events]


def test_the_other_days_keep_their_entries():
    events = tagged_events(WEEK, published=date(2027, 3, 1))
    days = sorted(str(e.start)[:10] for e in events)
    assert days == ["2027-03-08", "2027-03-10", "2027-03-11"], [(e.title, e.start) for e in events]
