"""Clocks told ahead after a day told in the past (R73 class 2): "The regatta will now be sailed
tomorrow, Monday 9th June ... called off because of the storm on 8th June ... The harbour mouth
will be closed at 13:10." The tagger gave the later clocks the last day written (the storm's, the
decision's: the page's own day), two entries on a day that is over; they belong to the day told
ahead."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2031-06-08"
POSTPONED = ("The regatta will now be sailed tomorrow, Monday 9th June, at 15:00. It was called off because of the "
             "storm on 8th June. The race committee took the decision after a meeting tonight, Sunday 8th June, "
             "with the skippers.\n"
             "The harbour mouth will be closed at 13:10. From 13:50 to 14:30 the boats will be towed out to the "
             "start line.\n")


def _starts(text: str) -> list[datetime]:
    return sorted(e.start for e in page_events(text, PUBLISHED))


def test_clocks_told_ahead_take_the_day_told_ahead_not_the_past_day():
    assert _starts(POSTPONED) == [datetime(2031, 6, 9, 13, 10), datetime(2031, 6, 9, 13, 50),
                                  datetime(2031, 6, 9, 15, 0)]


def test_the_moved_clock_keeps_its_end():
    towed = [e for e in page_events(POSTPONED, PUBLISHED) if e.start == datetime(2031, 6, 9, 13, 50)]
    assert [e.end for e in towed] == [datetime(2031, 6, 9, 14, 30)]


def test_a_clock_told_in_the_past_stays_on_the_past_day():
    text = ("The fete will be held on Saturday 14th June, at 11:00. Its first date fell through when the field "
            "flooded on 7th June. The stewards were sent home at 09:30.\n")
    assert datetime(2031, 6, 14, 9, 30) not in _starts(text)


def test_no_day_told_ahead_leaves_the_clock_alone():
    text = ("The pier was damaged in the gale on 2nd June. Repair crews will start work at 07:00 and the "
            "council will report at 16:00.\n")
    assert all(start.date() != datetime(2031, 6, 9).date() for start in _starts(text))
