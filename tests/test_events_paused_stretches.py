"""A pause told in two clauses of one sentence ("will recess on 13 February and resume on
9 March", "will close on 23 December and reopen on 4 January") is one stretch from the first day
to the day before the return; a closing verb over such a stretch is a closure, not a deadline."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_recess_and_its_return_are_a_stretch_to_the_day_before():
    events = tagged_events("Both chambers will recess on 12 February and resume on 8 March, the clerk said.",
                           published=date(2027, 1, 20))
    recess = [e for e in events if e.start == date(2027, 2, 12)]
    assert [(e.title, e.end) for e in recess] == [("Both chambers recess", date(2027, 3, 7))]


def test_a_closure_until_reopening_is_an_event_over_the_stretch():
    events = tagged_events("The depot will close on 22 December and reopen on 5 January.",
                           published=date(2027, 11, 30))
    closed = [e for e in events if e.start == date(2027, 12, 22)]
    assert [(e.kind, e.end) for e in closed] == [("event", date(2028, 1, 4))]


def test_pupils_break_up_and_return():
    events = tagged_events("Pupils will break up on 26 March and return on 12 April.", published=date(2027, 3, 1))
    assert [(e.start, e.end) for e in events if e.start == date(2027, 3, 26)] == [(date(2027, 3, 26), date(2027, 4, 11))]


def test_a_closing_deadline_followed_by_another_verb_stays_a_deadline():
    events = tagged_events("Applications close on 3 March and open again on 1 September.", published=date(2027, 1, 5))
    assert [(e.kind, e.start, e.end) for e in events if e.start == date(2027, 3, 3)] == [
        ("deadline", date(2027, 3, 3), date(2027, 3, 3))]


def test_a_stretch_that_comes_to_an_end_is_one_range():
    events = tagged_events("The festival is set to begin on Monday, 21 June and come to an end on Friday, 25 June.",
                           published=date(2027, 5, 1))
    assert [(e.start, e.end) for e in events] == [(date(2027, 6, 21), date(2027, 6, 25))]
