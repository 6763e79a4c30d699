"""A verb that states a schedule governs every day of the list after it: "The pool will close on
Saturday, 8 May, and Sunday, 9 May" is two closure days, not one (the second day had no verb
right before it and was lost)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_each_day_of_a_closure_list_is_an_entry():
    events = tagged_events("The pool will close on Saturday, 8 May, and Sunday, 9 May, for cleaning.",
                           published=date(2027, 4, 1))
    assert sorted((e.start, e.title) for e in events) == [(date(2027, 5, 8), "Pool closes"),
                                                          (date(2027, 5, 9), "Pool closes")]


def test_three_listed_weekdays_and_days_after_a_sitting_verb():
    # each day written with its weekday and commas: only the first had the verb before it
    events = tagged_events("The court will sit on Monday, 8 March, Tuesday, 9 March, and Wednesday, 10 March.",
                           published=date(2027, 2, 1))
    assert sorted((e.start, e.title) for e in events) == [(date(2027, 3, 8), "Court sits"),
                                                          (date(2027, 3, 9), "Court sits"),
                                                          (date(2027, 3, 10), "Court sits")]


def test_a_day_after_a_clause_break_is_not_listed():
    events = tagged_events("The pool will close on 8 May; 9 May is a normal day.", published=date(2027, 4, 1))
    assert [e.start for e in events if e.title == "Pool closes"] == [date(2027, 5, 8)]
