"""A day inside "a recording of / the minutes of / slides from the <day> <occasion>" (round 26
page 16's class): the page offers the record of an occasion that has happened, so the day gives
no entry, even when the sentence is in the present tense and the day has no year."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_recording_of_an_earlier_session_gives_no_entry():
    text = ("Two more drop-in sessions on the new pool will take place on March 9th at 7 pm and March 16th "
            "at 7 pm in the Town Hall. A video of the Feb. 2nd drop-in session is also available below.")
    events = tagged_events(text, published=date(2027, 2, 20))
    assert sorted(e.start.day for e in events) == [9, 16]
    assert all(e.start.year == 2027 for e in events)


def test_minutes_from_a_meeting_give_no_entry_but_the_next_meeting_does():
    text = "The minutes from the 4 January 2027 meeting are online. The next meeting will be on 1 February 2027."
    events = tagged_events(text, published=date(2027, 1, 10))
    assert [e.start for e in events] == [date(2027, 2, 1)]


def test_a_record_of_an_occasion_still_ahead_keeps_its_entries():
    text = ("Handouts from the 4 March 2027 lecture will be given out again. Pictures of the "
            "14 December 2026 lantern walk route are posted below.")
    events = tagged_events(text, published=date(2026, 11, 20))
    assert sorted(_day(e.start) for e in events) == [date(2026, 12, 14), date(2027, 3, 4)]


def test_minutes_counted_from_a_start_are_a_time_not_a_record():
    text = "The swim relay is on 13 December 2026. Registration closes 20 minutes from the 10am start."
    events = tagged_events(text, published=date(2026, 11, 20))
    assert any(e.kind == "deadline" and _day(e.start) == date(2026, 12, 13) for e in events)


def _day(start):
    return start.date() if hasattr(start, "date") else start
