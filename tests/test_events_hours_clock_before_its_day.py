"""A four-digit clock with its hours word written right before its day ("0600 hours 12 March
2011") is a clock even with no lead word: after a dash that closes a span ("from 0600 hours
12 March 2011 – 0600 hours 19 March 2011"), and opening a heading's span ("Return to Ordinary
Rosters 0600 hours 9 March – 0600 hours 12 March"). Both ends keep their clocks, so the span
runs clock to clock (R55 page 06's shape); "hour" alone is read as "hours" there."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

from calfeed.timex import tag

PAGE = """Work to rule
The Guild has lodged a notice of strike action taking effect from 0600 hours 12 March 2011 – 0600 hour 19 March 2011.
Return to Ordinary Rosters 0600 hours 9 March 2011 – 0600 hours 12 March 2011
"""


def test_both_ends_of_a_dashed_span_keep_their_clocks():
    entries = {(e.title, e.start, e.end) for e in page_events(PAGE, "2011-03-01")}
    assert ("Strike", datetime(2011, 3, 12, 6, 0), datetime(2011, 3, 19, 6, 0)) in entries


def test_a_heading_span_with_no_lead_word():
    entries = {(e.title, e.start, e.end) for e in page_events(PAGE, "2011-03-01")}
    assert ("Return to Ordinary Rosters", datetime(2011, 3, 9, 6, 0), datetime(2011, 3, 12, 6, 0)) in entries


def test_a_count_of_hours_is_no_clock():
    values = [t.value for t in tag("The volunteers logged 1200 hours in 2010 and 0900 hours of training.", None)]
    assert not any("T" in v for v in values)
