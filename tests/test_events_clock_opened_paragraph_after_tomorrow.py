"""A paragraph opened by its clock ("At 9a.m. the guests take their seats ...") right after a
sentence that tells a day without its number ("all events tomorrow will take place at the mill")
gives that day's entry its first hour (R80 class 2, page 14: the tagger read "6a.m." on the day
"tomorrow" named, but the clock timed nothing and the day stayed all day). Only the very next
paragraph, opened by the clock (a clock preposition before it at most), no day named between."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

PUBLISHED = "2027-05-07"


def test_the_clock_opened_paragraph_times_tomorrow():
    text = ("With the Orrin regatta this morning, all events tomorrow will take place at the Millbank "
            "ground in Orrin.\n\nAt 9a.m. the guests take their seats as the mayor arrives.\n")
    starts = {e.start for e in page_events(text, PUBLISHED)}
    assert datetime(2027, 5, 8, 9, 0) in starts, starts


def test_a_clock_later_in_the_paragraph_times_nothing():
    text = ("With the Orrin regatta this morning, all events tomorrow will take place at the Millbank "
            "ground in Orrin.\n\nThe guests take their seats at 9a.m. as the mayor arrives.\n")
    starts = {e.start for e in page_events(text, PUBLISHED)}
    assert date(2027, 5, 8) in starts, starts
