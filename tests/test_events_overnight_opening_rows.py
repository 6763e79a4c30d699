"""An opening row and a closing row of one night: "Access to the arena: 21:00 hours (9pm) Friday 14th
August" ... "Arena closes: 08:00 hours (8am) Saturday 15th August" are the arena's hours, one entry from
Friday night to Saturday morning (opening_rows: a lead that says the opening, ``opening_row_leads``,
and a closing row within a day after it). R61 page 06's shape, in other words."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PAGE = """Summer Fair 2015

The council is glad to open the showground for the summer fair. Entry is free, subject to the fair rules.
     Main car park opens: 19:00 hours (7pm) Friday 14th August. Access to the arena: 21:00 hours (9pm) Friday 14th August. Arena closes: 08:00 hours (8am) Saturday 15th August. Main car park to be cleared: 12:00 hours (12pm) Saturday 15th August.
"""

DAYS_APART = """Craft Market 2015

Access to the market hall: 10:00 hours (10am) Friday 14th August. Market hall closes: 16:00 hours (4pm) Sunday 16th August.
"""


def test_a_nights_access_and_closing_rows_are_one_entry():
    found = {(e.title, e.start, e.end) for e in page_events(PAGE, "2015-07-20")}
    assert ("Arena", datetime(2015, 8, 14, 21, 0), datetime(2015, 8, 15, 8, 0)) in found
    assert not any(title == "Arena closes" for title, _, _ in found)


def test_a_closing_days_later_is_no_nights_end():
    found = {e.title for e in page_events(DAYS_APART, "2015-07-20")}
    assert "Market hall" not in found
