"""A letter announcing changes to a schedule "starting on 1 March" sets out its weekly series in
prose below: each starts on its first weekday on or after that day, not in the letter's own week;
a bare "beginning on" day with no schedule change, or one above a section heading, moves nothing."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

LETTER = """Leisure centre news

3 February 2025

Dear members, our class timetable changes starting on 1 March, when the new weekly sessions below begin.

For pool users:

The aqua fitness class will meet every Wednesday evening from 6pm to 7pm in the small pool.

Gym and court sessions are as before.

For the sports hall:

Circuit training will be held every Saturday morning from 9am to 10am in the sports hall.

Best wishes,

The centre manager
"""


def test_weekly_series_under_a_schedule_change_start_on_or_after_its_day():
    starts = {e.title: e.start for e in page_events(LETTER, "2025-02-03") if e.rrule}
    assert starts == {"Aqua fitness class meeting": datetime(2025, 3, 5, 18, 0),
                      "Circuit training": datetime(2025, 3, 1, 9, 0)}


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
