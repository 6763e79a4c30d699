"""A seminar programme: each dated item under "Upcoming talks:" is a talk of the series (at
the series' time and room when it falls on one of its days); "no seminar" is no event."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

SEMINAR = """# Applied Statistics Seminar — Spring term 2027

The seminar meets every Tuesday at 16:00 in Room B12, Mathematics Building, University of Leeds, from 12 January to 23 March 2027.

Upcoming talks:

- 12 January 2027: Anna Novak (Ljubljana), "Robust small-area estimation"
- 26 January 2027: Tom Reyes (Leeds), "Bayesian nowcasting of GDP"
- 9 February 2027: no seminar (reading week)
"""


def test_each_dated_talk_is_an_entry_at_the_series_time_and_room():
    talks = [e for e in tagged_events(SEMINAR) if e.rrule is None]
    assert [(e.title, e.start) for e in talks] == [
        ('Applied Statistics Seminar: Anna Novak (Ljubljana), "Robust small-area estimation"',
         datetime(2027, 1, 12, 16, 0)),
        ('Applied Statistics Seminar: Tom Reyes (Leeds), "Bayesian nowcasting of GDP"',
         datetime(2027, 1, 26, 16, 0))]
    assert all(e.location.startswith("Room B12") and e.tz == "Europe/London" for e in talks)


def test_no_seminar_is_no_event():
    assert not any(e.title.lower().startswith("no seminar") for e in tagged_events(SEMINAR))


def test_a_series_keeps_its_clock_when_the_document_has_no_date():
    text = SEMINAR.split("Upcoming")[0]
    series = [e for e in tagged_events(text) if e.rrule]
    assert [(e.start, e.tz) for e in series] == [(datetime(2027, 1, 12, 16, 0), "Europe/London")]


def test_a_sentence_naming_the_events_above_a_dated_list_names_its_items():
    text = ("# Department of History: spring term seminars\n\n"
            "All seminars take place in the Wolfson Room unless stated otherwise.\n\n"
            "- Thursday 4 February 2027, 16:00: Dr Maria Costa, \"Trade networks in the Mediterranean\"\n"
            "- Thursday 18 February 2027, 16:00: Prof. James Whitfield, \"Archives and empire\"\n")
    found = [(e.title, e.start) for e in tagged_events(text)]
    assert found == [
        ('Spring term seminars: Dr Maria Costa, "Trade networks in the Mediterranean"', datetime(2027, 2, 4, 16, 0)),
        ('Spring term seminars: Prof. James Whitfield, "Archives and empire"', datetime(2027, 2, 18, 16, 0))]


def test_a_sentence_with_no_plural_event_noun_names_no_items():
    text = ("# Notes\n\nHere is what we know.\n\n"
            "- 4 February 2027: Dr Maria Costa\n- 18 February 2027: Prof. James Whitfield\n")
    assert tagged_events(text) == []


def test_an_unlabelled_dated_list_is_a_plan_s_milestones():
    text = ("# Digital identity roadmap\n\n## Timeline\n\n"
            "- Q1 2027: pilot launch with three local authorities\n"
            "- By end-2027: national rollout of the app\n"
            "- Mid-2028: evaluation report published\n"
            "- 2029: legacy system switched off\n")
    found = [(e.title, e.kind, e.precision) for e in tagged_events(text, published=date(2026, 11, 15))]
    assert found == [("Pilot launch", "event", "approximate"),
                     ("National rollout of the app", "milestone", "approximate"),
                     ("Evaluation report published", "milestone", "approximate"),
                     ("Legacy system switched off", "milestone", "approximate")]


def test_a_series_starting_on_a_timed_day_keeps_its_hours_and_runs_on():
    text = ("The Centre's research seminar meets every other Thursday during term, starting on 14 January, "
            "from 4.15pm to 5.45pm in Room G.03, Arts Building, University of Southampton.\n\n"
            "The postgraduate workshop takes place fortnightly on Mondays at 1pm.\n")
    found = {e.title: e for e in tagged_events(text, published=date(2026, 12, 10))}
    seminar = found["Centre's research seminar"]
    assert (seminar.start, seminar.end) == (datetime(2027, 1, 14, 16, 15), datetime(2027, 1, 14, 17, 45))
    assert seminar.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"             # no UNTIL on its first day
    assert seminar.location == "Room G.03, Arts Building, University of Southampton"
    assert found["Postgraduate workshop"].rrule == "FREQ=WEEKLY;BYDAY=MO;INTERVAL=2"


def test_a_series_in_named_months_ends_with_them_and_keeps_its_hours():
    (event,) = tagged_events("Free blood pressure checks will be held every Tuesday in March, 10am to 2pm, "
                             "at Kingsbridge Central Library.", published=date(2026, 11, 20))
    assert (event.start, event.end) == (datetime(2027, 3, 2, 10, 0), datetime(2027, 3, 2, 14, 0))
    assert event.rrule == "FREQ=WEEKLY;BYDAY=TU;BYMONTH=3;UNTIL=20270331T235959"
    assert event.location == "Kingsbridge Central Library"


def test_items_that_are_a_day_a_time_and_a_place_are_occasions_of_the_label_s_event():
    text = ("The consultation opens on 3 February 2027. We will hold two drop-in sessions:\n\n"
            "- Saturday 20 February, 10am to 1pm, Westbury Library\n"
            "- Wednesday 3 March, 5pm to 8pm, St Mark's Community Centre, Grove Road\n")
    found = [(e.title, e.start, e.end, e.location) for e in tagged_events(text, published=date(2027, 2, 1)) if not e.all_day]
    assert found == [
        ("Drop-in session", datetime(2027, 2, 20, 10, 0), datetime(2027, 2, 20, 13, 0), "Westbury Library"),
        ("Drop-in session", datetime(2027, 3, 3, 17, 0), datetime(2027, 3, 3, 20, 0),
         "St Mark's Community Centre, Grove Road")]


def test_a_series_gives_way_on_the_days_of_its_listed_talks_and_cancellations():
    series = next(e for e in tagged_events(SEMINAR) if e.rrule)
    assert series.exdates == [datetime(2027, 1, 12, 16, 0), datetime(2027, 1, 26, 16, 0), datetime(2027, 2, 9, 16, 0)]


def test_exdates_are_written_as_the_start_is():
    from calfeed.feeds.ical import calendar_bytes

    series = next(e for e in tagged_events(SEMINAR) if e.rrule)
    text = calendar_bytes([series], "test", datetime(2027, 1, 1)).decode()
    assert "EXDATE;TZID=Europe/London:20270209T160000" in text


def test_a_series_until_a_clock_ends_each_occurrence_then():
    (late,) = tagged_events("Late opening every Thursday until 9pm, with a bar and live music from 6pm.",
                            published=date(2027, 1, 4))
    assert (late.start, late.end, late.rrule) == (datetime(2027, 1, 7, 18, 0), datetime(2027, 1, 7, 21, 0),
                                                  "FREQ=WEEKLY;BYDAY=TH")
