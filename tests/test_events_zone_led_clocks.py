"""A zone abbreviation written before its clock ("opens at HKT 5:30") is that clock's zone, and the
clock is read as written: before, the bare "5:30" was moved past noon to 17:30 and floated (R80 page
20's "Issued at HKT 5:10", class 4 of R81's leftovers). An abbreviation that is an English word
("EAT 2:30" on a menu board) leads no clock. Texts are our own."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def test_the_zone_before_a_clock_times_it_as_written():
    page = "Typhoon shelters\n\nThe typhoon shelter at the north pier opens at HKT 5:30 on Sunday 8 June 2031.\n"
    assert [(e.start, e.tz) for e in page_events(page, "2031-06-06")] == [(datetime(2031, 6, 8, 5, 30), "Asia/Hong_Kong")]


def test_a_bulletin_stamp_led_by_its_zone_stays_off_the_calendar():
    page = ("Ferry notice\n\nAll outlying island ferries are suspended today.\nEnds/Friday, June 6, 2031\n"
            "Issued at HKT 6:40\n")
    assert all(e.start.hour != 18 for e in page_events(page, "2031-06-06") if isinstance(e.start, datetime))
