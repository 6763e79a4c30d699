"""A weekly weekday told in the block of a run's dates: "Thursday 4 to Sunday 14 March at 7.30 pm"
over "Matinees both Sundays at 2 pm", a festival's "12 - 27 June 2027" over "Family workshops every
Saturday at 10am". The weekday is the runs' days that bear its name, one entry each, not an open
weekly series counted from the page's date."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _starts(events):
    return sorted((e.start, e.title, e.rrule) for e in events)


def test_matinees_both_sundays_under_a_play_s_run():
    text = ("The Importance of Being Earnest\n\n"
            "Thursday 4 to Sunday 14 March at 7.30 pm\n\n"
            "Matinees both Sundays at 2 pm\n")
    events = tagged_events(text, published=date(2027, 1, 20))
    matinees = [e for e in events if "matinee" in e.title.lower()]
    assert sorted(e.start for e in matinees) == [datetime(2027, 3, 7, 14, 0), datetime(2027, 3, 14, 14, 0)]
    assert all(e.rrule is None for e in matinees)


def test_a_weekday_under_two_runs_takes_the_days_of_both():
    text = ("Season one: 1 - 10 April 2027 at 7pm\n"
            "Season two: 20 - 30 April 2027 at 7pm\n"
            "Talkback sessions with the cast on Wednesdays at 6pm\n")
    events = tagged_events(text, published=date(2027, 1, 20))
    cast = [e for e in events if e.start in (datetime(2027, 4, 7, 18), datetime(2027, 4, 21, 18), datetime(2027, 4, 28, 18))]
    assert len(cast) == 3 and all(e.rrule is None for e in cast)
    assert not any(e.rrule for e in events)


def test_a_festival_s_saturdays():
    text = ("Riverside Arts Festival\n\n"
            "The festival runs 12 - 27 June 2027 in the park.\n"
            "Family workshops every Saturday at 10am.\n")
    events = tagged_events(text, published=date(2027, 3, 1))
    workshops = [e for e in events if "workshop" in e.title.lower()]
    assert sorted(e.start for e in workshops) == [datetime(2027, 6, 12, 10), datetime(2027, 6, 19, 10), datetime(2027, 6, 26, 10)]


def test_a_weekly_series_with_no_run_stays_a_series():
    events = tagged_events("Choir practice every Wednesday at 7pm in the church hall.", published=date(2027, 1, 20))
    assert [e.rrule for e in events] == ["FREQ=WEEKLY;BYDAY=WE"]


def test_a_weekday_under_a_term_stays_a_series():
    text = "Term 1: 28 January - 4 April 2027\nTraining on Wednesdays at 4pm at the club.\n"
    events = tagged_events(text, published=date(2027, 1, 10))
    assert any(e.rrule and "BYDAY=WE" in e.rrule for e in events)
