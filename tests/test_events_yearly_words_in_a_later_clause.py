"""A dated occasion with a general "every year" in a clause of its own after its days (R69 class 6):
"on the night between 9 and 10 August ... a display will be held that people wait for every
year" is one night, not a yearly series on 9-10 August; a yearly series written before the
stretch, or with no clause opener between, still holds the stretch's days each year."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2027, 3, 2)


def _entries(text: str):
    return [(e.title, e.start, e.end, e.rrule) for e in tagged_events(text, published=PUBLISHED)]


def test_every_year_in_a_that_clause_after_a_dated_night_leaves_one_night():
    text = ("On the night between 9 and 10 August, at the stroke of midnight a big fireworks display "
            "will be held that people wait for every year.\n")
    assert [(t, s, r) for t, s, _, r in _entries(text)] == [("Big fireworks display", datetime(2027, 8, 10, 0, 0), None)]


def test_every_year_in_a_which_clause_after_the_days_is_no_yearly_series():
    text = "The lantern walk will take place on 21 and 22 October, which the village looks forward to every year.\n"
    assert [e for e in _entries(text) if e[3]] == []


def test_every_year_before_its_days_is_still_yearly():
    text = "Every year the town holds a cheese fair that runs from 3 to 5 September.\n"
    assert [(s, e, r) for _, s, e, r in _entries(text)] == [(date(2027, 9, 3), date(2027, 9, 5), "FREQ=YEARLY")]


def test_days_then_every_year_with_no_clause_between_are_still_yearly():
    text = "The cheese fair runs from 3 to 5 September every year.\n"
    assert [(s, e, r) for _, s, e, r in _entries(text)] == [(date(2027, 9, 3), date(2027, 9, 5), "FREQ=YEARLY")]
