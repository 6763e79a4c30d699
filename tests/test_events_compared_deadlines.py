"""A deadline word after a date that compares the date with another day ("will now take place
on June 14, two months before the previous deadline") names that other day: the date itself is
the event the clause is about, not a deadline. A deadline word before the date, or one the
date is given for, still makes it one."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries


def test_a_day_moved_ahead_of_a_former_deadline_is_the_event_itself():
    text = "The harvest survey will now take place on June 14, 2027, two months before the previous deadline set by the ministry."
    assert page_entries(text, "2027-03-02") == [("Harvest survey", "event", date(2027, 6, 14))]


def test_a_day_set_a_week_ahead_of_the_original_due_date_is_no_deadline():
    text = "The Larkfield parish count will be held on 9 September 2027, a week ahead of the original due date."
    assert [kind for _, kind, _ in page_entries(text, "2027-03-02")] == ["event"]


def test_a_deadline_word_before_the_date_still_makes_it_a_deadline():
    text = "The deadline for the harvest survey forms is June 14, 2027, two months before the census."
    assert [kind for _, kind, _ in page_entries(text, "2027-03-02")] == ["deadline"]
