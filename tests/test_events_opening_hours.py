"""A venue's opening hour beside the event (red team 8 A5): "The Berlaymont will be open from
13:30 CET" was a second meeting at 13:30 beside the all-day one."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from events_helpers import tagged_events

MEETING = "The informal working meeting will take place on Sunday, 24 June 2018. "


@pytest.mark.parametrize("opening", [
    "The Berlaymont will be open from 13:30 CET and will close two hours after the end of the meeting.",
    "The building will open at 13:30 CET.",
    "Doors open at 13:30.",
    "The registration desk will open at 13:30.",
])
def test_a_venue_opening_on_the_event_day_is_a_note_of_the_event(opening):
    events = tagged_events(MEETING + opening, published=date(2018, 6, 22))
    assert [(e.title, e.start) for e in events] == [("Informal working meeting", date(2018, 6, 24))]
    assert any("13:30" in note and "opens" in note for note in events[0].notes)


def test_an_exhibition_open_from_a_clock_is_the_event():
    events = tagged_events("The exhibition will be open from 10:00 on Saturday 5 May 2018.", published=date(2018, 4, 1))
    assert [(e.title, e.start) for e in events] == [("Exhibition opens", datetime(2018, 5, 5, 10, 0))]


def test_doors_opening_with_no_event_that_day_stays_an_entry():
    events = tagged_events("The concert is on 4 May 2018. Doors open at 6:00 PM on 14 March 2018.",
                           published=date(2018, 1, 1))
    assert ("Doors open", datetime(2018, 3, 14, 18, 0)) in [(e.title, e.start) for e in events]


def test_someone_opening_the_event_at_a_clock_is_the_event_opening():
    events = tagged_events("The conference will be held from 12 to 14 May 2027. The Executive Director will open "
                           "the conference on 12 May at 9:30.", published=date(2027, 3, 3))
    assert any(e.start == datetime(2027, 5, 12, 9, 30) for e in events)


def test_the_show_after_the_doors_keeps_its_own_clock():
    events = tagged_events("The concert is on 26 October 2027. Doors open at 7pm and the show starts at 7.45pm.",
                           published=date(2027, 3, 3))
    assert not any(e.start == datetime(2027, 10, 26, 19, 0) for e in events)
