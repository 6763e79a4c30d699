"""A weekday counted from a holiday ("set for the Sunday before Ash Wednesday", "the Monday after
Easter") is the nearest such weekday on that side of it, one date; the clock of the next sentence
then falls on that day, not on the holiday (R81 class 2, page 04: the weekday fell in the page's
week, the holiday took the clock, and the event went all day). A date that holds both the phrase
and what it counts from is no guess to be reported ("the Friday before their talk" still is)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

PUBLISHED = "2027-01-10"


def test_the_next_sentence_clock_falls_on_the_counted_sunday():
    text = ("Orrin's lantern walk goes down to the harbour every year, always the Sunday before Ash Wednesday. "
            "Paper boats and drums line the quay. The first boats are lit at 2 pm by the harbour master "
            "and the walk goes on after dark.")
    starts = {e.start for e in page_events(text, PUBLISHED)}
    assert datetime(2027, 2, 7, 14, 0) in starts, starts
    assert not [s for s in starts if isinstance(s, datetime) and s.date() == date(2027, 2, 10)], starts


def test_the_monday_after_easter_is_one_day():
    text = "The Orrin ferry fair is held on the Monday after Easter 2027 on the quay."
    starts = {e.start for e in page_events(text, PUBLISHED)}
    assert date(2027, 3, 29) in starts, starts


def test_a_weekday_before_an_undated_talk_stays_a_guess():
    text = "The Orrin shop opens on the Friday before their talk."
    assert not page_events(text, PUBLISHED)
