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


def test_a_parish_schedule_of_mass_rows_is_weekly_series_named_by_each_row():
    text = ("St Mary's Parish\n\nMass Times\n\nVigil Mass Saturday 6:30pm\nSunday Mass 9am and 11am\n"
            "Weekday Mass Monday to Friday 9:15am\n")
    events = tagged_events(text, published=date(2024, 5, 1))
    got = sorted((e.title, e.start, e.rrule) for e in events)
    assert got == [("Sunday Mass", datetime(2024, 5, 5, 9, 0), "FREQ=WEEKLY;BYDAY=SU"),
                   ("Sunday Mass", datetime(2024, 5, 5, 11, 0), "FREQ=WEEKLY;BYDAY=SU"),
                   ("Vigil Mass", datetime(2024, 5, 4, 18, 30), "FREQ=WEEKLY;BYDAY=SA"),
                   ("Weekday Mass", datetime(2024, 5, 6, 9, 15), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")]


def test_rows_under_a_schedule_heading_are_weekly_without_a_service_word():
    text = "Weekly Schedule\n\nChoir Practice Thursday 7:30pm\nYouth Club Friday 6pm\n"
    events = tagged_events(text, published=date(2024, 5, 1))
    assert sorted((e.title, e.rrule) for e in events) == [("Choir Practice", "FREQ=WEEKLY;BYDAY=TH"),
                                                          ("Youth Club", "FREQ=WEEKLY;BYDAY=FR")]


def test_a_mass_told_in_a_sentence_stays_one_day():
    text = "The Vigil Mass will be on Saturday 6:30pm in the parish church.\n"
    events = tagged_events(text, published=date(2024, 5, 1))
    assert [e.rrule for e in events] == [None]


def test_the_first_clock_of_a_list_after_an_earlier_timed_date_is_kept():
    text = ("The Solemnity of All Saints, a holy day of obligation will be on Thursday, November 1st. "
            "The Vigil Mass will be on Wednesday, October 31 at 5:00 P.M. Masses on All Saints Day will be "
            "at 6:30 A.M., 10:00 A.M., and 7:00 P.M.\n")
    events = tagged_events(text, published=date(2018, 10, 21))
    assert sorted(e.start for e in events if isinstance(e.start, datetime) and e.start.day == 1) == [
        datetime(2018, 11, 1, 6, 30), datetime(2018, 11, 1, 10, 0), datetime(2018, 11, 1, 19, 0)]


LATES = ("On the first Tuesday of each month, the museum opens late (6-9pm, last entry 8pm), and the rooms "
         "are lit by candles.\nFriday Lates, held on the last Friday of the month (except December), comprise "
         "mostly free, drop-in events, workshops and entertainment until 10pm.\n")


def test_a_venue_that_opens_late_on_a_series_days_is_its_late_opening():
    events = tagged_events(LATES, published=date(2024, 5, 1))
    late = next(e for e in events if e.title == "Museum late opening")
    assert late.rrule == "FREQ=MONTHLY;BYDAY=1TU"
    assert (late.start, late.end) == (datetime(2024, 5, 7, 18, 0), datetime(2024, 5, 7, 21, 0))


def test_a_programme_named_before_held_on_a_series_is_that_programme_and_no_bare_friday():
    events = tagged_events(LATES, published=date(2024, 5, 1))
    assert sorted(e.title for e in events) == ["Friday Lates", "Museum late opening"]
    lates = next(e for e in events if e.title == "Friday Lates")
    assert lates.rrule.startswith("FREQ=MONTHLY;BYDAY=-1FR") and "12" not in lates.rrule.split("BYMONTH=")[1].split(",")
