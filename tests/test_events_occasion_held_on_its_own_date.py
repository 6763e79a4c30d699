"""An occasion named with its own date after a participle ("the Board Meeting held in June 2031",
"the review meeting scheduled for 9 May") is dated by that date: an earlier date of the sentence
that no phrase before it names ("Applications received after 3 March will be considered at ...")
does not take the occasion's name."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_the_meeting_held_in_a_month_is_that_months_not_the_earlier_days():
    text = ("Grant rounds\n\n"
            "Applications received after 3 March 2031 will be considered at the Board Meeting held in June 2031.\n")
    events = tagged_events(text, published=date(2031, 1, 10))
    meetings = [(e.start, e.precision) for e in events if "meeting" in e.title.lower()]
    assert meetings == [(date(2031, 6, 1), "approximate")]


def test_the_meeting_scheduled_for_a_day_is_that_days():
    text = ("Grant rounds\n\n"
            "Requests sent after 3 March 2031 go to the review meeting scheduled for 9 May 2031.\n")
    events = tagged_events(text, published=date(2031, 1, 10))
    assert [e.start for e in events if "meeting" in e.title.lower()] == [date(2031, 5, 9)]
