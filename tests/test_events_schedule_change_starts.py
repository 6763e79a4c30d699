"""A letter announcing changes to a schedule "beginning on August 1" sets out its weekly series in
prose below: each starts on its first weekday on or after that day, not in the letter's own week;
a bare "beginning on" day with no schedule change, or one above a section heading, moves nothing."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

LETTER = """A Note from the Rector

July 17, 2022

I am writing to tell you about some changes to our service schedule that will take effect beginning on August 1.

The first change concerns the weekday groups:

The reading group will now meet every Tuesday morning from 10am to 11am in the library.

There is no change to the Sunday services.

The next change concerns the choir:

Choir practice will take place every Thursday evening from 7pm to 8.30pm in the hall.

Yours in faith,

The Rector
"""


def test_weekly_series_under_a_schedule_change_start_on_or_after_its_day():
    starts = {e.title: e.start for e in page_events(LETTER, "2022-07-17") if e.rrule}
    assert starts == {"Reading group meeting": datetime(2022, 8, 2, 10, 0), "Choir practice": datetime(2022, 8, 4, 19, 0)}


def test_a_start_day_that_changes_no_schedule_moves_no_series():
    text = ("Parish news\n\nThe new boiler will be fitted beginning on August 1, so please bear with us.\n\n"
            "Choir practice will take place every Thursday evening from 7pm to 8.30pm in the hall.\n")
    (choir,) = [e for e in page_events(text, "2022-07-17") if e.rrule]
    assert choir.start == datetime(2022, 7, 21, 19, 0)


def test_a_section_heading_ends_the_reach_of_a_schedule_change():
    text = ("Our office timetable changes beginning on August 1.\n\nOther news\n\n"
            "Choir practice will take place every Thursday evening from 7pm to 8.30pm in the hall.\n")
    (choir,) = [e for e in page_events(text, "2022-07-17") if e.rrule]
    assert choir.start == datetime(2022, 7, 21, 19, 0)
