"""A frequency that opens a sentence only to liken this time to the others ("As every year, ...")
is no series and no subject: the day after the comma is this year's occasion (compared_habits.py)."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def test_as_every_year_leaves_this_year_s_day_an_entry():
    text = ("Lantern walk returns to Millbrook Green\n\n"
            "As every year, three lantern walks will be held on Millbrook Green on November 14.\n")
    events = page_events(text, "2026-10-02")
    assert [(e.title, e.start, e.rrule) for e in events] == [("Three lantern walks", date(2026, 11, 14), None)]


def test_a_yearly_series_told_in_full_stays_a_series():
    text = "The club's open day is held every year on the first Saturday of June.\n"
    events = page_events(text, "2026-03-02")
    assert events and all(e.rrule for e in events)
