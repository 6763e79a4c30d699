"""Slots a page lists under a statement that they run weekly, or under a schedule heading
(red team 9a B5, 9b #8): each weekday and each clock after it is a weekly series, named by
the programme's title line or by the row's own label."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

WOOLLAHRA = """Book Babies (0-18 months)

Explore a featured book one-to-one with your baby (aged 0 to 18 months).

This program is run weekly during school term only

  • Woollahra Library at Double Bay - Monday 2:30pm

Cost: Free.

Rhyme Time for babies and toddlers (0-2 years)

Enjoy rhymes, singing, board books and musical instruments with your child (aged 0-2 years).

This program is run weekly during school term only

  • Woollahra Library at Double Bay - Monday 10:30am and 11:00am, Tuesday 3:30pm
"""


def test_slots_under_a_weekly_statement_are_weekly_series_of_the_programme_above():
    events = tagged_events(WOOLLAHRA, published=date(2024, 5, 1))
    got = sorted((e.title, e.start, e.rrule, e.location) for e in events)
    place = "Woollahra Library at Double Bay"
    assert got == [("Book Babies", datetime(2024, 5, 6, 14, 30), "FREQ=WEEKLY;BYDAY=MO", place),
                   ("Rhyme Time", datetime(2024, 5, 6, 10, 30), "FREQ=WEEKLY;BYDAY=MO", place),
                   ("Rhyme Time", datetime(2024, 5, 6, 11, 0), "FREQ=WEEKLY;BYDAY=MO", place),
                   ("Rhyme Time", datetime(2024, 5, 7, 15, 30), "FREQ=WEEKLY;BYDAY=TU", place)]


def test_a_dated_line_under_a_weekly_statement_stays_one_day():
    text = "Chess Club\n\nThe club meets weekly.\n\nNext session: Monday 6 May 2024, 6pm\n"
    events = tagged_events(text, published=date(2024, 5, 1))
    assert all(e.rrule is None for e in events)
