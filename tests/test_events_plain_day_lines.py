"""A timetable in plain text: a line that is only a day ("Sunday 4 July") over rows that open with
a clock and no dash ("19:30 Welcoming drinks"). Each row is an event on that day, named by its
line; the day line is no event of its own; rows under a range of days ("From Monday to Thursday
(5th till 8th of July)") do not fall back to the day line above it (red team 11b #2)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2004, 5, 1)


def _entries(text: str):
    return sorted((e.start, e.title) for e in tagged_events(text, published=PUBLISHED) if not e.all_day)


def test_clock_rows_under_plain_day_lines_are_the_days_events():
    text = ("Sunday 4 July\n19:30 Welcoming drinks\nFriday 9 July\n13:30 Evaluation\n"
            "16:00 Drinks and certificates\n")
    assert _entries(text) == [(datetime(2004, 7, 4, 19, 30), "Welcoming drinks"),
                              (datetime(2004, 7, 9, 13, 30), "Evaluation"),
                              (datetime(2004, 7, 9, 16, 0), "Drinks and certificates")]


def test_dotted_clock_rows_with_blank_lines_between():
    text = ("Time schedule\n\nSunday 4th of July\n\n19.30 Welcoming drinks in the bar\n\n"
            "Friday 9th of July\n\n9.00 Presentation on general themes\n\n13.30 Evaluation\n")
    assert _entries(text) == [(datetime(2004, 7, 4, 19, 30), "Welcoming drinks in the bar"),
                              (datetime(2004, 7, 9, 9, 0), "Presentation on general themes"),
                              (datetime(2004, 7, 9, 13, 30), "Evaluation")]


def test_rows_under_a_range_of_days_are_not_the_day_above():
    text = ("Sunday 4th of July\n\n19.30 Welcoming drinks\n\nFrom Monday to Thursday (5th till 8th of July)\n\n"
            "9.00 Lecture\n\n16.15 Plenary discussion\n")
    got = _entries(text)
    assert (datetime(2004, 7, 4, 19, 30), "Welcoming drinks") in got
    assert not any(start.date() == date(2004, 7, 4) and title != "Welcoming drinks" for start, title in got)
    assert not any(e.title.startswith("Sunday") for e in tagged_events(text, published=PUBLISHED))
