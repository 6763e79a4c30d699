"""Two days in a row told with hours that cross midnight ("on July 2nd to July 3rd from 10 pm to
3 am") are the one night joining them (one entry, no series), as "the night of July 2-3" is; a
longer run ("from 20 to 24 June, 10 pm to 3 am") is a night starting on each of its days. A bare small-hours clock told later
of such a night ("the trams will start at 4 am") is on the morning the night ends."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def test_two_days_with_night_hours_are_one_night():
    text = "The lantern walk in Norwich will take place on August 9th to August 10th from 10 pm to 3 am."
    events = page_events(text, "2025-05-02")
    assert [(e.start, e.end, e.rrule) for e in events] == [(datetime(2025, 8, 9, 22), datetime(2025, 8, 10, 3), None)]


def test_a_longer_run_with_night_hours_is_a_night_each_day():
    text = "The lantern walk in Norwich will run from August 6 to August 10, 10 pm to 3 am."
    events = page_events(text, "2025-05-02")
    assert [(e.start, e.end, e.rrule) for e in events] == [
        (datetime(2025, 8, 6, 22), datetime(2025, 8, 7, 3), "FREQ=DAILY;UNTIL=20250810T235959")]


def test_day_hours_over_a_run_still_reach_the_last_day():
    text = "The lantern walk in Norwich will run from August 6 to August 10, 10 am to 3 pm."
    events = page_events(text, "2025-05-02")
    assert [e.rrule for e in events] == ["FREQ=DAILY;UNTIL=20250810T235959"]


def test_a_small_hours_clock_after_the_night_is_on_its_morning():
    text = ("The lantern walk in Norwich will take place on August 9th to August 10th from 10 pm to 3 am.\n\n"
            "The night buses for the lantern walk will begin service at 2 am.")
    starts = sorted(e.start for e in page_events(text, "2025-05-02"))
    assert datetime(2025, 8, 9, 2) not in starts
