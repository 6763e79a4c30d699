"""A sentence that writes a range of days and then, apart from it, one range of clocks ("On
13-14 October the fair will run from 9 am to 6 pm") gives those hours on each day of the range:
a daily series to its last day, not one timed entry on the first day (R54 page 08's shape). One
day with hours stays a single entry."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import framed_by_title as framed

PUBLISHED = date(2025, 9, 2)


def _entries(text: str):
    return [(e.start, e.end, e.rrule) for e in framed(text, published=PUBLISHED).values()]


def test_hours_written_apart_from_a_range_of_days_are_each_days():
    assert _entries("On Mon–Tue 13–14 October the craft fair will run from 9 am to 6 pm.") == [
        (datetime(2025, 10, 13, 9, 0), datetime(2025, 10, 13, 18, 0), "FREQ=DAILY;UNTIL=20251014T235959")]


def test_zoned_hours_apart_from_the_range_too():
    assert _entries("On 20–22 November the online summit will run from 10 am UTC to 4 pm UTC.") == [
        (datetime(2025, 11, 20, 10, 0), datetime(2025, 11, 20, 16, 0), "FREQ=DAILY;UNTIL=20251122T235959")]


def test_one_day_with_hours_stays_one_entry():
    assert _entries("On 13 October the craft fair will run from 9 am to 6 pm.") == [
        (datetime(2025, 10, 13, 9, 0), datetime(2025, 10, 13, 18, 0), None)]
