"""Standing hours and series: daily opening hours are no endless series, a series keeps its
dates, its skipped days, its bounding range and its night hours; a clock another happening or
an event's end gives does not start an entry."""
# Provenance: Round-4 red-team classes in the events stage.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

from calfeed.model import Document
from calfeed.pipeline import process_document


def _unresolved(text: str, published: date) -> list[str]:
    return [u.reason for u in process_document(Document("a.md", text, published=published)).unresolved]


def test_standing_daily_hours_are_no_endless_series():
    text = "For journey planning, call 0344 811 0141 (daily, 07:00 to 22:00). The museum is open daily from 10am to 5pm."
    assert tagged_events(text, published=date(2027, 1, 10)) == []
    assert all("standing hours" in why for why in _unresolved(text, date(2027, 1, 10)))


def test_a_daily_series_with_its_dates_stays():
    events = tagged_events("A guided tour runs daily at 2pm from 1 May to 30 September 2027.", published=date(2027, 1, 10))
    assert [(e.start, e.rrule) for e in events] == [(datetime(2027, 5, 1, 14), "FREQ=DAILY;UNTIL=20270930T235959")]


def test_a_clock_of_the_happening_an_event_follows_does_not_time_it():
    events = tagged_events("The meeting will be held after the 10am service on Sunday 25 April 2027.",
                           published=date(2027, 1, 10))
    assert [(e.title, e.start, e.all_day) for e in events] == [("Meeting", date(2027, 4, 25), True)]


def test_a_day_a_series_skips_is_an_exception_of_that_series():
    events = tagged_events("Holy Communion is celebrated every Sunday at 10am, except on 27 December.",
                           published=date(2026, 11, 20))
    assert [(e.title, e.rrule, e.exdates) for e in events] == [
        ("Holy Communion", "FREQ=WEEKLY;BYDAY=SU", [datetime(2026, 12, 27, 10)])]


def test_a_night_closure_ends_the_next_morning_and_a_weekly_night_too():
    events = tagged_events("The road will be closed from 8pm to 6am on Monday 8 March. The club night is held every "
                           "Friday from 10pm to 2am, starting on 5 March.", published=date(2027, 2, 15))
    assert sorted((e.start, e.end) for e in events) == [
        (datetime(2027, 3, 5, 22), datetime(2027, 3, 6, 2)), (datetime(2027, 3, 8, 20), datetime(2027, 3, 9, 6))]


def test_a_plural_weekday_introducing_its_days_is_no_series():
    events = tagged_events("Evening clinics for working families: Thursdays, October 8 and October 22, 4:30 p.m. "
                           "to 7:30 p.m.", published=date(2026, 9, 20))
    assert [(e.start, e.rrule) for e in events] == [(datetime(2026, 10, 8, 16, 30), None),
                                                    (datetime(2026, 10, 22, 16, 30), None)]


def test_a_series_bounded_by_a_range_keeps_its_hours_and_its_end():
    text = ("The seminar meets every Tuesday from 12 January to 23 March, from 14:00 to 16:00. Teach-outs will run "
            "each afternoon of the strikes (17–19 March) from 2pm to 4pm.")
    events = tagged_events(text, published=date(2027, 1, 5))
    assert sorted((e.start, e.end, e.rrule) for e in events) == [
        (datetime(2027, 1, 12, 14), datetime(2027, 1, 12, 16), "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270323T235959"),
        (datetime(2027, 3, 17, 14), datetime(2027, 3, 17, 16), "FREQ=DAILY;UNTIL=20270319T235959")]


def test_a_clock_an_event_ends_at_is_no_entry_starting_then():
    events = tagged_events("The festival runs from Friday 18 June 2027. On Sunday 20 June the festival ends at 10 p.m.",
                           published=date(2027, 1, 19))
    assert all(e.start != datetime(2027, 6, 20, 22) for e in events)
