"""A day's hours kept in place to a later day: "resume on D between T1 - T2. The restriction will
stay in force until the end of M." is those hours each day from D to the end of M (a daily
series), not one day. R82 class 3 (page 17's shape), in our own words."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def test_hours_kept_until_the_end_of_a_month_are_a_daily_series():
    page = ("Bridge repairs on the Ostrava Lane are due to resume on Thursday, May 8 between 8:00 am – 2:00 pm. "
            "The new lane limits will stay in force until the end of May.")
    events = page_events(page, "2031-05-04")
    assert [(e.start, e.end, e.rrule) for e in events] == [
        (datetime(2031, 5, 8, 8, 0), datetime(2031, 5, 8, 14, 0), "FREQ=DAILY;UNTIL=20310531T235959")]


def test_hours_kept_until_a_written_day_end_there_and_the_day_is_no_entry():
    page = ("Bridge repairs on the Ostrava Lane are due to resume on Thursday, May 8 between 8:00 am – 2:00 pm. "
            "The lane closure will remain in force until May 30.")
    events = page_events(page, "2031-05-04")
    assert [(e.start, e.end, e.rrule) for e in events] == [
        (datetime(2031, 5, 8, 8, 0), datetime(2031, 5, 8, 14, 0), "FREQ=DAILY;UNTIL=20310530T235959")]


def test_a_next_sentence_with_another_verb_keeps_one_day():
    page = ("Bridge repairs on the Ostrava Lane are due to resume on Thursday, May 8 between 8:00 am – 2:00 pm. "
            "The contractor will report to the council until the end of May.")
    events = page_events(page, "2031-05-04")
    assert [(e.start, e.rrule) for e in events if e.start == datetime(2031, 5, 8, 8, 0)] == [
        (datetime(2031, 5, 8, 8, 0), None)]


def test_a_keeping_sentence_in_a_new_paragraph_keeps_one_day():
    page = ("Bridge repairs on the Ostrava Lane are due to resume on Thursday, May 8 between 8:00 am – 2:00 pm.\n\n"
            "The ban on heavy lorries will stay in force until the end of May.")
    events = page_events(page, "2031-05-04")
    assert [e.rrule for e in events if e.start == datetime(2031, 5, 8, 8, 0)] == [None]
