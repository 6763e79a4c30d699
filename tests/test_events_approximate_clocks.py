"""An approximate clock on a known day ("app. 16:00 on Saturday") is a timed entry, not an
all-day window (red team 10a #10)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from events_helpers import tagged_events


@pytest.mark.parametrize("text, published, start", [
    ("Press conference with the High Representative is scheduled for approximately 16:00 on Saturday.",
     date(2024, 1, 30), datetime(2024, 2, 3, 16)),
    ("High Representative Josep Borrell will chair an informal meeting of EU Foreign Ministers on Saturday "
     "in the Egmont Palace in Brussels. Press conference with the High Representative is scheduled for app. 16:00.",
     date(2024, 1, 30), datetime(2024, 2, 3, 16)),
    ("The opening session on Monday 10 March at 10 00 a.m. at the Vienna International Centre is open to the media.",
     date(2008, 3, 7), datetime(2008, 3, 10, 10)),
])
def test_an_approximate_or_spaced_clock_keeps_its_time(text, published, start):
    timed = [e for e in tagged_events(text, published=published) if not e.all_day]
    assert [e.start.replace(tzinfo=None) for e in timed] == [start]
    assert all(e.precision == "exact" for e in timed)


def test_an_approximate_clock_says_so_in_the_notes():
    text = "Press conference with the High Representative is scheduled for approximately 16:00 on Saturday."
    (event,) = tagged_events(text, published=date(2024, 1, 30))
    assert any("time approximate" in note for note in event.notes)
