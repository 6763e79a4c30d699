"""Recurring programmes, meetings that open and close, and runs from "now" (red team 9a B5,
B6, B7, D3): a library's weekly slots, a museum's monthly lates, a session's opening and
closing days, a projection running "from now till Oct. 30"."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import framed_by_title, tagged_events


def test_a_weekly_slot_under_a_title_line_with_no_event_word_is_that_title():
    text = ("Babytime\nTuesdays, 10:30 am\nA lapsit program for infants features action rhymes.\n\n"
            "Kaleidoscope Play and Learn\nFridays, 10:00 to 11:30 am\nPlay, read, sing, and share a snack.\n")
    events = framed_by_title(text, published=date(2024, 8, 14))
    baby, play = events["Babytime"], events["Kaleidoscope Play and Learn"]
    assert baby.rrule == "FREQ=WEEKLY;BYDAY=TU" and baby.start == datetime(2024, 8, 20, 10, 30)
    assert play.rrule == "FREQ=WEEKLY;BYDAY=FR"
    assert (play.start, play.end) == (datetime(2024, 8, 16, 10, 0), datetime(2024, 8, 16, 11, 30))
