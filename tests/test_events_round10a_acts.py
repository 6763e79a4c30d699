"""Round-10a red-team classes: a show named by what it is ("fireworks"), announced acts of
named officials, election-office key dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from events_helpers import tagged_events

BRISTOL = date(2019, 9, 18)


@pytest.mark.parametrize("text, start, precision", [
    ("There is a fireworks show scheduled for approximately 9:30 p.m. Friday night, Sept. 20.",
     datetime(2019, 9, 20, 21, 30), "exact"),     # a timed entry; its note says the time is approximate
    ("There is a fireworks show scheduled for 9:30 p.m. Friday, Sept. 20.", datetime(2019, 9, 20, 21, 30), "exact"),
    ("The fireworks will begin at 9:30 p.m. Friday, Sept. 20.", datetime(2019, 9, 20, 21, 30), "exact"),
    ("A fireworks display will light up the harbour at 9:30 p.m. on Friday, Sept. 20.",
     datetime(2019, 9, 20, 21, 30), "exact"),
    ("There will be a candlelight vigil at 7 p.m. on Friday, Sept. 20.", datetime(2019, 9, 20, 19), "exact"),
    ("The drone show will start at 9 p.m. on Friday, Sept. 20.", datetime(2019, 9, 20, 21), "exact"),
])
def test_a_show_named_by_what_it_is_is_an_event(text, start, precision):
    events = tagged_events(text, published=BRISTOL)
    assert [(e.start, e.precision) for e in events] == [(start, precision)]


def test_an_approximate_show_time_says_so():
    (event,) = tagged_events("There is a fireworks show scheduled for approximately 9:30 p.m. Friday night, Sept. 20.",
                             published=BRISTOL)
    assert event.title == "Fireworks show" and any("time approximate" in n for n in event.notes)
