"""Schedules whose series opens the sentence, before the clause it times (class R, session 22):
- "Every Thursday, the allotment society meets at 8pm": the subject and its verb after the
  series name it, and the clock written after them is the series' time;
- the clock no longer falls on the page's own day as a one-off nobody wrote;
- "On Fridays there is a pottery class at 2pm": what "there is" holds names it;
- a stretch fronted with the series bounds it ("Every Saturday throughout June, ...");
- "Every Sunday the orchard is open from 1pm to 4pm": a venue's opening on the series' days;
- a second clock of such a sentence is the habit's too, never a one-off on the page's day;
- a clock with a written day of its own in the sentence stays that day's;
- a clock of another clause of the sentence (past a ";", after "and" with its own subject and
  verb) or after a limit word ("closes at", "by") is not the series' start (review 22, M6)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2027, 3, 2)     # a Tuesday


def _entries(text: str):
    return [(e.title, e.start, e.rrule) for e in tagged_events(text, published=PUBLISHED)]


def test_a_fronted_series_takes_the_clock_after_its_subject_and_verb():
    text = "Every Thursday, the allotment society meets at 8pm in the pavilion.\n"
    assert _entries(text) == [("Allotment society meeting", datetime(2027, 3, 4, 20), "FREQ=WEEKLY;BYDAY=TH")]


def test_a_fronted_series_without_a_comma_gives_no_entry_on_the_pages_day():
    text = "Every Wednesday the knitting circle meets at 2.30pm in the church hall.\n"
    ((title, start, rrule),) = _entries(text)
    assert (start, rrule) == (datetime(2027, 3, 3, 14, 30), "FREQ=WEEKLY;BYDAY=WE")
    assert start.date() != PUBLISHED


def test_plural_weekdays_opening_the_sentence_are_a_series_with_its_clock():
    text = "On Mondays the walking group sets off at 9.30am from the green.\n"
    assert [(s, r) for _, s, r in _entries(text)] == [(datetime(2027, 3, 8, 9, 30), "FREQ=WEEKLY;BYDAY=MO")]


def test_what_there_is_names_a_fronted_series():
    text = "On Fridays there is a pottery class at 2pm in the studio.\n"
    assert _entries(text) == [("Pottery class", datetime(2027, 3, 5, 14), "FREQ=WEEKLY;BYDAY=FR")]


def test_there_is_no_class_names_nothing():
    assert _entries("Every Friday there is no pottery class.\n") == []


def test_a_stretch_fronted_with_the_series_bounds_it():
    text = "Every Saturday throughout June, the youth choir rehearses at 10am.\n"
    ((title, start, rrule),) = [e for e in _entries(text) if e[2]]
    assert start == datetime(2027, 6, 5, 10)
    assert rrule.startswith("FREQ=WEEKLY;BYDAY=SA;UNTIL=20270630")


def test_a_fronted_series_of_a_venues_opening():
    text = "Every Sunday from April to September the orchard is open from 1pm to 4pm.\n"
    ((title, start, rrule),) = _entries(text)
    assert title == "Orchard open"
    assert start == datetime(2027, 4, 4, 13)
    assert rrule.startswith("FREQ=WEEKLY;BYDAY=SU;UNTIL=20270930")


def test_a_second_clock_of_a_habits_sentence_gives_no_entry_on_the_pages_day():
    text = "Every Tuesday the darts team meets at 8pm and the raffle is drawn at 10pm.\n"
    assert [(s, r) for _, s, r in _entries(text)] == [(datetime(2027, 3, 2, 20), "FREQ=WEEKLY;BYDAY=TU")]


def test_a_clock_beside_a_written_day_stays_that_days():
    text = "The choir rehearses every Monday, and on 15 March at 6pm it sings at the abbey.\n"
    starts = {s for _, s, r in _entries(text) if not r}
    assert datetime(2027, 3, 15, 18) in starts


def test_a_closing_time_in_a_coordinated_clause_is_not_the_series_start():
    text = "Every Wednesday the chess club meets in the library, and the cafe closes at 10pm.\n"
    assert _entries(text) == [("Chess club meeting", date(2027, 3, 3), "FREQ=WEEKLY;BYDAY=WE")]


def test_a_pick_up_deadline_after_a_semicolon_is_not_the_series_start():
    text = "Every Thursday there is a toddler group in the church hall; carers must collect toddlers by 2pm.\n"
    assert _entries(text) == [("Toddler group", date(2027, 3, 4), "FREQ=WEEKLY;BYDAY=TH")]


def test_a_clock_past_a_semicolon_belongs_to_another_clause():
    text = "Every Tuesday there is a playgroup in the hall; the cafe serves lunch at 12pm.\n"
    assert [(s, r) for _, s, r in _entries(text)] == [(date(2027, 3, 2), "FREQ=WEEKLY;BYDAY=TU")]


def test_service_times_whose_name_holds_the_weekday_are_weekly_series():
    # "Sunday Mass is celebrated every Sunday": the weekday before "Mass" names the series' days,
    # not a one-off next Sunday titled by the whole sentence; prayers and sermons are occasions.
    text = ("Sunday Mass is celebrated every Sunday at 10am in St Brigid's.\n\n"
            "Friday prayer takes place every Friday at 13:15.\n")
    assert sorted(_entries(text), key=lambda e: e[1]) == [("Friday prayer", datetime(2027, 3, 5, 13, 15), "FREQ=WEEKLY;BYDAY=FR"),
                              ("Sunday Mass", datetime(2027, 3, 7, 10), "FREQ=WEEKLY;BYDAY=SU")]
