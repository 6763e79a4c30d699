""""on the same day as the fund's closing date" compares two days: it dates neither, and the tagger's
reading of "the same day" (the last day written before it) is not the closing date's. Such a day
gives no entry; "the same day" with nothing compared still takes the day before it."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_the_same_day_as_another_thing_gives_no_entry():
    text = ("The jury will choose the winners between June and July 2031.\n\n"
            "Change requests made on the same day as the fund's closing date cannot be handled on that day.\n")
    events = tagged_events(text, published=date(2031, 3, 2))
    assert [e.title for e in events if e.precision == "exact"] == []


def test_the_same_day_with_nothing_compared_keeps_its_day():
    text = "The board meets on 3 June 2031 in the town hall. A lunch for members will be held on the same day.\n"
    events = tagged_events(text, published=date(2031, 3, 2))
    assert any("lunch" in e.title.lower() for e in events if e.start == date(2031, 6, 3))
