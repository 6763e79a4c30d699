"""An opening clock and its closing clock told in one sentence are one window (R63 18's shape):
an opening at one clock and "will stay open until" a later one was an entry at the opening clock
and a deadline at the closing one. A count written with thousands commas ("2,310 voting booths")
is one word, so the subject before it still names the entry."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from events_helpers import tagged_events

DAY = "Citizens choose a new council on Tuesday, 17 September 2019. "


@pytest.mark.parametrize("window", [
    "The voting booths will open at 6:30 a.m. and will stay open until 9:00 p.m.",
    "The voting booths open at 6:30 a.m. and remain open until 9:00 p.m., when counting begins.",
    "The voting booths will open at 6:30 a.m. and close at 9:00 p.m.",
])
def test_an_opening_and_its_closing_clock_are_one_window(window):
    events = tagged_events(DAY + window, published=date(2019, 9, 10))
    timed = [(e.start, e.end) for e in events if isinstance(e.start, datetime)]
    assert timed == [(datetime(2019, 9, 17, 6, 30), datetime(2019, 9, 17, 21, 0))]
    assert not any(e.kind == "deadline" for e in events)


def test_a_count_with_thousands_commas_keeps_the_subject_as_the_title():
    events = tagged_events(DAY + "Some 2,310 voting booths will open at 6:30 a.m. and will stay open "
                           "until 9:00 p.m.", published=date(2019, 9, 10))
    window = next(e for e in events if e.start == datetime(2019, 9, 17, 6, 30))
    assert "voting booths" in window.title.lower()
    assert window.end == datetime(2019, 9, 17, 21, 0)


def test_doors_opening_without_a_closing_clock_stay_a_note_of_the_event():
    events = tagged_events("The concert will take place on Sunday, 24 June 2018. Doors open at 18:30.",
                           published=date(2018, 6, 1))
    assert [e.start for e in events] == [date(2018, 6, 24)]
