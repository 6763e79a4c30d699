"""Dates joined by "and" in one clause are one entry each ("held on 8 December ... and on
12 January"); a vaguer and an exact date of one phrase stay one entry."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def test_two_sessions_joined_by_and_are_two_entries():
    events = tagged_events("Two online information sessions will be held on 8 December from 10:00 to 11:30 and "
                           "on 12 January from 14:00 to 15:30 GMT.", published=date(2026, 11, 20))
    assert sorted(e.start for e in events) == [datetime(2026, 12, 8, 10, 0), datetime(2027, 1, 12, 14, 0)]


def test_a_month_then_its_day_is_still_one_entry():
    events = tagged_events("The forum will be held in June, on 14 June 2027.", published=date(2027, 1, 5))
    assert [e.start for e in events] == [date(2027, 6, 14)]


def test_each_of_two_sessions_is_titled_as_one_session():
    events = tagged_events("Two online information sessions will be held on 8 December from 10:00 to 11:30 and "
                           "on 12 January from 14:00 to 15:30 GMT.", published=date(2026, 11, 20))
    assert [e.title for e in events] == ["Online information session"] * 2


def test_conjoined_days_share_the_clock_written_after_the_last():
    events = tagged_events("Webinars for applicants will be held on 10 February and 3 March 2027 at 12:30 GMT.",
                     published=date(2027, 1, 10))
    assert sorted((e.start, e.tz) for e in events) == [(datetime(2027, 2, 10, 12, 30), "UTC"),
                                                      (datetime(2027, 3, 3, 12, 30), "UTC")]


def test_every_date_of_a_list_of_three_is_an_entry():
    events = tagged_events("The line will be closed on 3 April, 17 April and 24 April.", published=date(2027, 1, 10))
    assert sorted(e.start for e in events) == [date(2027, 4, 3), date(2027, 4, 17), date(2027, 4, 24)]


def test_days_listed_before_their_month_are_entries_of_that_month():
    events = tagged_events("The library will be closed on 3, 17 and 24 April at 1pm.", published=date(2027, 1, 10))
    assert sorted(e.start for e in events) == [datetime(2027, 4, 3, 13), datetime(2027, 4, 17, 13),
                                               datetime(2027, 4, 24, 13)]
