"""No entry leaves framing with an end before its start (R64 page 06's shape, in other words).

A clock range written once after a list of days ("on Monday, April 9, Tuesday, April 10 and Wednesday,
April 11 from 9 p.m. to 6 a.m.") times every listed day; an overnight range ends the next morning of
each, not at 06:00 of its own day. And whatever reading fault sets an end before a start, framing's last
guard drops that end with a note, the report lists it, and the feed writer says so instead of showing a
silent one-hour default.
"""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events
from calfeed.events.backward_ends import BACKWARD_END_NOTE, without_backward_ends
from calfeed.feeds.describe import description
from calfeed.model import Event

NIGHTS = """Road works on Main Road

Main Road North: Right lane closure on Main Road North from Elm St. to Oak Ave. on Monday, April 9, Tuesday, April 10 and Wednesday, April 11 from 9 p.m. to 6 a.m. the following morning.
"""

TWO_NIGHTS = """Harbour bridge repairs

Overnight closure of the harbour bridge on Friday, May 4 and Saturday, May 5 from 10:30 p.m. to 1:30 a.m.
"""

SAME_DAY = """Library talks

Local history talk in the reading room on Thursday, June 7 and Thursday, June 14 from 6 p.m. to 8 p.m.
"""


def _spans(text: str, published: str) -> set[tuple[datetime, datetime | None]]:
    return {(e.start, e.end) for e in page_events(text, published)}


def test_an_overnight_range_after_a_list_of_days_ends_the_next_morning_of_each():
    found = _spans(NIGHTS, "2018-04-05")
    for night in (9, 10, 11):
        assert (datetime(2018, 4, night, 21, 0), datetime(2018, 4, night + 1, 6, 0)) in found


def test_two_days_joined_by_and_share_the_overnight_range():
    found = _spans(TWO_NIGHTS, "2018-04-20")
    assert (datetime(2018, 5, 4, 22, 30), datetime(2018, 5, 5, 1, 30)) in found
    assert (datetime(2018, 5, 5, 22, 30), datetime(2018, 5, 6, 1, 30)) in found


def test_a_shared_range_within_the_day_still_ends_that_day():
    found = _spans(SAME_DAY, "2018-05-20")
    assert (datetime(2018, 6, 7, 18, 0), datetime(2018, 6, 7, 20, 0)) in found
    assert (datetime(2018, 6, 14, 18, 0), datetime(2018, 6, 14, 20, 0)) in found


def test_no_framed_entry_ends_before_it_starts():
    for text, published in ((NIGHTS, "2018-04-05"), (TWO_NIGHTS, "2018-04-20"), (SAME_DAY, "2018-05-20")):
        assert not any(e.ends_before_start() for e in page_events(text, published))


def _entry(start, end, all_day: bool) -> Event:
    return Event(uid="u", title="Lane closure", kind="event", start=start, end=end, all_day=all_day,
                 precision="exact")


def test_the_guard_drops_a_timed_end_before_the_start_and_says_so():
    event = _entry(datetime(2018, 3, 6, 20, 0), datetime(2018, 3, 6, 5, 0), False)
    without_backward_ends([event])
    assert event.start == datetime(2018, 3, 6, 20, 0) and event.end is None
    assert any(n.startswith(BACKWARD_END_NOTE) and "2018-03-06 05:00" in n for n in event.notes)


def test_the_guard_keeps_an_all_day_entry_on_its_first_day():
    event = _entry(date(2018, 3, 9), date(2018, 3, 2), True)
    without_backward_ends([event])
    assert event.end == date(2018, 3, 9) and event.notes


def test_the_guard_leaves_a_right_end_alone():
    event = _entry(datetime(2018, 3, 6, 20, 0), datetime(2018, 3, 7, 5, 0), False)
    without_backward_ends([event])
    assert event.end == datetime(2018, 3, 7, 5, 0) and not event.notes


def test_the_feed_says_when_an_entry_it_is_given_ends_before_it_starts():
    event = _entry(datetime(2018, 3, 6, 20, 0), datetime(2018, 3, 6, 5, 0), False)
    assert "End read before the start (2018-03-06 05:00)" in description(event)


def test_the_report_lists_an_entry_whose_end_was_dropped():
    from calfeed.report.checks import _event_messages

    event = _entry(datetime(2018, 3, 6, 20, 0), datetime(2018, 3, 6, 5, 0), False)
    event.tz = "America/New_York"
    without_backward_ends([event])
    assert any(m.startswith(BACKWARD_END_NOTE) for m in _event_messages(event, None))
