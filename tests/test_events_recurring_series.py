"""Monthly and weekly series as a club or a lecture notice writes them (red team 8b A4, C7).

A wrong series repeats for ever in a subscriber's calendar, so each test also reads the
feed back through two parsers where the days matter."""

from __future__ import annotations

from datetime import date, datetime

import icalendar
import vobject

from calfeed.feeds.ical import calendar_bytes
from events_helpers import framed_by_title, tagged_events

STAMP = datetime(2026, 11, 29, 12, 0)


def _occurrences(event, first: date, last: date) -> list[datetime]:
    """The days the feed holds ``event`` on, as vobject expands it; icalendar must read the
    same rule (and any EXDATE) back."""
    raw = calendar_bytes([event], "t", STAMP)
    (ours,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert ours["RRULE"].to_ical().decode() in raw.decode().replace("\r\n ", "")
    (vevent,) = vobject.readOne(raw.decode()).vevent_list
    start, end = datetime.combine(first, datetime.min.time()), datetime.combine(last, datetime.min.time())
    return sorted(d for d in vevent.getrruleset() if start <= d.replace(tzinfo=None) < end)


def test_usually_held_commencing_at_is_the_monthly_series_at_that_time():
    text = ("The general meeting is usually held on the second Tuesday of each month commencing at 8:00pm "
            "where club activities are discussed.")
    (event,) = tagged_events(text, published=date(2022, 2, 1))
    assert event.rrule == "FREQ=MONTHLY;BYDAY=2TU"
    assert event.start == datetime(2022, 2, 8, 20, 0) and not event.all_day


def test_a_month_left_out_of_a_monthly_series_is_left_out_every_year():
    text = ("A secondary meeting is held on the fourth Tuesday of each month (except the fourth Tuesday in "
            "December) at 8:00pm.")
    (event,) = tagged_events(text, published=date(2022, 2, 1))
    assert event.rrule == "FREQ=MONTHLY;BYDAY=4TU;BYMONTH=1,2,3,4,5,6,7,8,9,10,11"
    assert event.start == datetime(2022, 2, 22, 20, 0)
    days = _occurrences(event, date(2022, 1, 1), date(2024, 1, 1))
    assert len(days) == 21 and not any(d.month == 12 for d in days)
    assert all(d.weekday() == 1 and 22 <= d.day <= 28 and d.hour == 20 for d in days)


def test_the_nth_weekday_of_listed_months_is_a_standing_quarterly_series():
    text = ("The Board meets quarterly on the 2nd Wednesday of February, May, August, and November at 5:00 p.m. "
            "at the district office.")
    (event,) = tagged_events(text, published=date(2024, 1, 5))
    assert event.rrule == "FREQ=MONTHLY;BYDAY=2WE;BYMONTH=2,5,8,11"     # no UNTIL: every year's
    assert event.start == datetime(2024, 2, 14, 17, 0)
    days = _occurrences(event, date(2024, 1, 1), date(2026, 1, 1))
    assert [d.date() for d in days[:5]] == [date(2024, 2, 14), date(2024, 5, 8), date(2024, 8, 14),
                                           date(2024, 11, 13), date(2025, 2, 12)]


def test_a_month_left_out_without_brackets_and_commencing_at():
    text = ("A secondary meeting is held on the fourth Tuesday of each month, except in December, "
            "commencing at 8:00pm.")
    (event,) = tagged_events(text, published=date(2022, 2, 1))
    assert event.rrule == "FREQ=MONTHLY;BYDAY=4TU;BYMONTH=1,2,3,4,5,6,7,8,9,10,11"
    assert event.start == datetime(2022, 2, 22, 20, 0)


def test_a_series_written_in_an_excluded_month_starts_after_it():
    text = "The club meets on the first Monday of each month, except in December, at 7pm."
    (event,) = tagged_events(text, published=date(2022, 11, 20))
    assert event.start == datetime(2023, 1, 2, 19, 0)


def test_one_dated_exception_stays_one_skipped_day():
    text = "Holy Communion every Sunday at 10am, except on 27 December."
    (event,) = tagged_events(text, published=date(2026, 12, 1))
    assert event.rrule == "FREQ=WEEKLY;BYDAY=SU"
    assert event.exdates == [datetime(2026, 12, 27, 10, 0)]


def test_an_example_of_other_groups_habits_is_no_series():
    text = ("Our meetings currently occur every fortnight, which poses problems for some members who have "
            "groups that meet, for example, on the first Thursday of the month.")
    assert not [e for e in tagged_events(text, published=date(2023, 8, 19)) if e.rrule]


def test_such_as_a_day_is_no_series():
    text = "Many clubs meet on a fixed day, such as the first Thursday of the month."
    assert not [e for e in tagged_events(text, published=date(2023, 8, 19)) if e.rrule]


def test_each_friday_between_two_days_keeps_its_hours():
    text = ("The discourses take place each Friday from October 20th to November 24th, 7.20pm to 8.30pm, "
            "at UCL.")
    (event,) = tagged_events(text, published=date(2006, 10, 16))
    assert event.rrule == "FREQ=WEEKLY;BYDAY=FR;UNTIL=20061124T235959"
    assert (event.start, event.end) == (datetime(2006, 10, 20, 19, 20), datetime(2006, 10, 20, 20, 30))
    days = _occurrences(event, date(2006, 1, 1), date(2007, 12, 31))
    assert [d.day for d in days] == [20, 27, 3, 10, 17, 24] and {d.hour for d in days} == {19}


def test_a_when_line_of_a_diary_notice_keeps_its_hours():
    text = ("UCL Diary Notice\n\nEVENT: Royal Institution Friday Evening Discourses Autumn 2006\n\n"
            "WHEN: Each Friday from October 20th to November 24th, 7.20pm to 8.30pm\n\n"
            "WHERE: Cruciform Building, University College London, Gower Street, London WC1E 6BT.\n")
    event = framed_by_title(text, published=date(2006, 10, 16))[
        "Royal Institution Friday Evening Discourses Autumn 2006"]
    assert event.rrule == "FREQ=WEEKLY;BYDAY=FR;UNTIL=20061124T235959"
    assert (event.start, event.end) == (datetime(2006, 10, 20, 19, 20), datetime(2006, 10, 20, 20, 30))


def test_a_series_from_a_year_starts_in_that_year():
    text = "From 2024 meetings will be held on the second and fourth Thursday of each month."
    (event,) = tagged_events(text, published=date(2023, 8, 19))
    assert event.rrule == "FREQ=MONTHLY;BYDAY=2TH,4TH" and event.start == date(2024, 1, 11)


def test_a_misspelt_ordinal_and_a_glued_bracket_keep_the_series():
    text = ("A secondary meeting is held on the forth Tuesday of each month(except the fourth Tuesday in "
            "December) commencing at 8:00pm where a guest speaker is invited.")
    (event,) = tagged_events(text, published=date(2022, 2, 1))
    assert event.rrule == "FREQ=MONTHLY;BYDAY=4TU;BYMONTH=1,2,3,4,5,6,7,8,9,10,11"
    assert event.start == datetime(2022, 2, 22, 20, 0)


def test_a_weekday_and_day_number_fall_in_the_month_the_sentence_names():
    text = ("However the general meeting for March will be held on Saturday 12 and its purpose will be to "
            "discuss future directions for the club.")
    (event,) = tagged_events(text, published=date(2022, 2, 1))
    assert (event.start, event.rrule) == (date(2022, 3, 12), None)


def test_a_day_number_that_is_no_day_of_the_named_month_leaves_the_weekday():
    text = "The March social is on Saturday 13 and 20 people have signed up."
    assert all(e.start != date(2022, 3, 13) for e in tagged_events(text, published=date(2022, 2, 1)))


def test_a_clock_alone_gives_a_monthly_series_no_day() -> None:
    # "monthly ... starting at 2.30pm" says when in the day, not which day of the month: the
    # document's own date is no first meeting, so the line goes to the report
    text = "Village society\n\nThe Monthly Garden Talk is held in the village hall, starting at 2.30pm.\n"
    assert [e.rrule for e in tagged_events(text, published=date(2027, 1, 28))] == []
    text = "Village society\n\nThe society meets monthly on the first Monday at 2.30pm.\n"
    assert [(e.start, e.rrule) for e in tagged_events(text, published=date(2027, 1, 28))] == [
        (datetime(2027, 2, 1, 14, 30), "FREQ=MONTHLY;BYDAY=1MO")]
