"""Weekly series as notices write them: inside a stretch of days written beside it ("every
Monday throughout April", "each Friday during Lent", "During Advent, ... every Sunday"), which
is the series' first and last day; and at several start times ("every Sunday at 8.30am, 10.30am
and 6pm"), each a series of its own. Read without these, a series ran for ever from the document
date, lost its rule (its clock a one-off on the document's own day), or kept one time of three."""

from __future__ import annotations

from datetime import date, datetime

import icalendar
import vobject

from calfeed.feeds.ical import calendar_bytes
from events_helpers import tagged_events

STAMP = datetime(2026, 11, 29, 12, 0)


def _days(event) -> list[date]:
    """The days a feed holds the series on, as vobject expands it; icalendar reads the rule back."""
    raw = calendar_bytes([event], "t", STAMP)
    (ours,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert "UNTIL" in ours["RRULE"]
    (vevent,) = vobject.readOne(raw.decode()).vevent_list
    return [d.date() for d in vevent.getrruleset()]


def test_a_series_throughout_a_month_runs_that_month_at_its_clock():
    (event,) = tagged_events("There will be a workshop every Monday throughout April at 10.30am in the hall.",
                             published=date(2024, 2, 10))
    assert event.start == datetime(2024, 4, 1, 10, 30)
    assert _days(event) == [date(2024, 4, d) for d in (1, 8, 15, 22, 29)]


def test_a_series_during_lent_runs_from_ash_wednesday_to_holy_saturday():
    (event,) = tagged_events("Stations of the Cross will be prayed every Friday during Lent at 10am in the church.",
                             published=date(2024, 2, 10))
    assert event.title == "Stations of the Cross"
    assert event.start == datetime(2024, 2, 16, 10, 0)
    assert _days(event) == [date(2024, 2, 16), date(2024, 2, 23), date(2024, 3, 1), date(2024, 3, 8),
                            date(2024, 3, 15), date(2024, 3, 22), date(2024, 3, 29)]


def test_a_fronted_advent_bounds_the_series_after_it():
    (event,) = tagged_events("During Advent, a carol service is held every Sunday at 6pm.",
                             published=date(2024, 10, 10))
    assert event.start == datetime(2024, 12, 1, 18, 0)
    assert _days(event) == [date(2024, 12, 1), date(2024, 12, 8), date(2024, 12, 15), date(2024, 12, 22)]


def test_a_season_bounds_a_weekly_series_and_keeps_its_hours():
    (event,) = tagged_events("Throughout the spring, a workshop is held each Tuesday from 2pm to 4pm.",
                             published=date(2024, 2, 10))
    assert (event.start, event.end) == (datetime(2024, 3, 5, 14, 0), datetime(2024, 3, 5, 16, 0))
    assert _days(event)[-1] == date(2024, 5, 28)


def test_a_stretch_after_other_words_is_no_bound():
    (event,) = tagged_events("The reading group meets every Monday at 7pm and took a break in August.",
                             published=date(2024, 1, 2))
    assert event.rrule == "FREQ=WEEKLY;BYDAY=MO"


def test_each_listed_start_time_of_a_series_is_a_series():
    events = tagged_events("Mass is celebrated every Sunday at 8.30am, 10.30am and 6pm.", published=date(2024, 2, 10))
    assert sorted(e.start for e in events) == [datetime(2024, 2, 11, 8, 30), datetime(2024, 2, 11, 10, 30),
                                               datetime(2024, 2, 11, 18, 0)]
    assert {e.rrule for e in events} == {"FREQ=WEEKLY;BYDAY=SU"}


def test_a_second_start_time_after_an_aside_keeps_the_series_bound():
    events = tagged_events("We will pray the Stations of the Cross every Friday during Lent at 10am (after the "
                           "9:30am Mass), and at 7pm.", published=date(2024, 2, 10))
    assert sorted(e.start for e in events) == [datetime(2024, 2, 16, 10, 0), datetime(2024, 2, 16, 19, 0)]
    assert {e.rrule for e in events} == {"FREQ=WEEKLY;BYDAY=FR;UNTIL=20240330T235959"}


def test_a_clock_range_after_a_series_is_its_hours_not_a_second_series():
    (event,) = tagged_events("The club meets every Tuesday, 7pm to 9pm, in the hall.", published=date(2024, 2, 10))
    assert (event.start, event.end) == (datetime(2024, 2, 13, 19, 0), datetime(2024, 2, 13, 21, 0))


def test_a_fronted_season_of_lent_bounds_a_plural_weekday_series():
    (event,) = tagged_events("During the Season of Lent, there will also be a Bible Study on Tuesdays at 7:30pm in the "
                             "meeting rooms.", published=date(2024, 2, 16))
    assert event.start == datetime(2024, 2, 20, 19, 30)
    assert event.rrule == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20240330T235959"


def test_a_bracketed_doors_open_time_is_no_entry_of_its_own():
    (event,) = tagged_events("Bingo every Thursday at 2pm (doors open 1.30pm).", published=date(2024, 3, 4))
    assert (event.start, event.rrule) == (datetime(2024, 3, 7, 14, 0), "FREQ=WEEKLY;BYDAY=TH")


def test_hours_after_a_term_time_qualifier_are_the_series_hours():
    (event,) = tagged_events("The youth club meets every Friday during term time, 6-8pm.", published=date(2024, 3, 4))
    assert (event.start, event.end) == (datetime(2024, 3, 8, 18, 0), datetime(2024, 3, 8, 20, 0))
    assert event.rrule == "FREQ=WEEKLY;BYDAY=FR"


def test_community_listing_nouns_frame_their_series():
    events = {e.title: e for e in tagged_events(
        "Weekly walks leave the village green every Sunday at 10am, from 7 April until 29 September.\n\n"
        "Lunch club is on alternate Tuesdays at 12.30pm, beginning 12 March.\n\n"
        "The repair café runs every other Saturday from 10am, starting 9 March.", published=date(2024, 3, 4))}
    assert events["Weekly walks"].rrule == "FREQ=WEEKLY;BYDAY=SU;UNTIL=20240929T235959"
    assert events["Lunch club"].start == datetime(2024, 3, 12, 12, 30)
    assert events["Repair café"].start == datetime(2024, 3, 9, 10, 0)


def test_a_price_per_session_names_no_session():
    (event,) = tagged_events("Table tennis: Tuesday and Thursday evenings 7-9pm, £3 per session.",
                             published=date(2024, 9, 2))
    assert event.title == "Table tennis"
    assert event.rrule == "FREQ=WEEKLY;BYDAY=TU,TH"
    assert (event.start, event.end) == (datetime(2024, 9, 3, 19, 0), datetime(2024, 9, 3, 21, 0))


def test_an_inline_schedule_label_makes_its_rows_weekly_services():
    events = tagged_events("Mass times: Saturday 6pm (Vigil), Sunday 8am, 10am and 12 noon.", published=date(2024, 9, 4))
    assert sorted((e.start, e.rrule) for e in events) == [
        (datetime(2024, 9, 7, 18, 0), "FREQ=WEEKLY;BYDAY=SA"), (datetime(2024, 9, 8, 8, 0), "FREQ=WEEKLY;BYDAY=SU"),
        (datetime(2024, 9, 8, 10, 0), "FREQ=WEEKLY;BYDAY=SU"), (datetime(2024, 9, 8, 12, 0), "FREQ=WEEKLY;BYDAY=SU")]
    assert {e.title for e in events} == {"Vigil", "Mass"}


def test_each_service_of_a_schedule_row_takes_the_name_after_its_clock():
    events = tagged_events("Service times: Sunday 10.30am Morning Worship; Wednesday 10am Holy Communion.",
                           published=date(2024, 9, 4))
    assert {e.title: (e.start, e.rrule) for e in events} == {
        "Morning Worship": (datetime(2024, 9, 8, 10, 30), "FREQ=WEEKLY;BYDAY=SU"),
        "Holy Communion": (datetime(2024, 9, 4, 10, 0), "FREQ=WEEKLY;BYDAY=WE")}


def test_a_range_of_months_after_a_series_is_its_season():
    (event,) = tagged_events("Film nights are on the first Friday of every month, starting at 7.30pm, October to March.",
                             published=date(2024, 9, 2))
    assert event.start == datetime(2024, 10, 4, 19, 30)
    assert event.rrule == "FREQ=MONTHLY;BYDAY=1FR;UNTIL=20250331T235959"


def test_a_weekday_naming_plural_services_states_their_weekly_times():
    events = tagged_events("Our Sunday services are at 9.30am and 6.30pm.", published=date(2024, 9, 4))
    assert sorted((e.start, e.rrule, e.title) for e in events) == [
        (datetime(2024, 9, 8, 9, 30), "FREQ=WEEKLY;BYDAY=SU", "Sunday services"),
        (datetime(2024, 9, 8, 18, 30), "FREQ=WEEKLY;BYDAY=SU", "Sunday services")]


def test_plural_services_on_a_written_day_stay_that_day():
    events = tagged_events("Sunday services will be held at 10am on 8 September in the cathedral.",
                           published=date(2024, 9, 4))
    assert not any(e.rrule for e in events)


DIARY = """Key dates for the Summer term
Please find below the key dates for families.
Thursday 2nd May |
School closed for polling |
Tuesday 7th May |
Gym club resumes every Tuesday for parents (sessions start at 9.15am in the hall) |
Wednesday 8th May |
Reading workshop for parents – 9.00-9.30am |
"""


def test_a_diary_row_that_states_a_series_starts_it():
    events = tagged_events(DIARY, published=date(2024, 4, 20))
    (weekly,) = [e for e in events if e.rrule]
    assert (weekly.start, weekly.rrule) == (datetime(2024, 5, 7, 9, 15), "FREQ=WEEKLY;BYDAY=TU")
    workshop = next(e for e in events if e.start == datetime(2024, 5, 8, 9, 0))
    assert workshop.title == "Reading workshop for parents"


def test_a_month_written_just_before_a_weekly_series_bounds_it():
    # class 6 of round 26: "back in October every weekend" started on the document's day, unbounded
    (event,) = tagged_events("Pottery workshops for families are back in October every weekend at the old mill.",
                             published=date(2025, 7, 20))
    assert event.start == date(2025, 10, 4)
    assert _days(event)[-1] == date(2025, 10, 26)
    assert len(_days(event)) == 8


def test_a_month_before_a_yearly_series_is_not_its_stretch():
    events = tagged_events("The street fair returns in June every year, and the next one is on Saturday 13 June 2026.",
                           published=date(2025, 7, 20))
    assert not any((e.rrule or "").endswith("UNTIL=20250630") for e in events)
