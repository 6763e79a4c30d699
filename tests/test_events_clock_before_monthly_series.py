"""A dotted clock written before a monthly weekday series is the series' hour: "The Ladies Circle
meets at 7.30 on the first Tuesday of the month" is a monthly meeting at that time, not an all-day
one (red team 43, a village hall newsletter). The dotted number counts as a clock with or without
"at" before it: nobody writes a price or a score "on the last Friday of every month"."""

from __future__ import annotations

import pytest

from events_helpers import page_events

PUBLISHED = "2027-02-01"


@pytest.mark.parametrize("text, rule, clock", [
    ("The Ladies Circle meets at 7.30 on the first Tuesday of the month in the small hall.",
     "FREQ=MONTHLY;BYDAY=1TU", "07:30"),
    ("Our book club gathers at 2.15 on the last Friday of every month at the library.",
     "FREQ=MONTHLY;BYDAY=-1FR", "14:15"),
    ("The garden society meets in the pavilion at 10.30 on the second Saturday of each month.",
     "FREQ=MONTHLY;BYDAY=2SA", "10:30"),
    ("Bell ringers' practice: 11.45 on the third Sunday of the month, all welcome.",
     "FREQ=MONTHLY;BYDAY=3SU", "11:45"),
])
def test_a_clock_before_a_monthly_series_times_it(text, rule, clock):
    events = page_events(text, PUBLISHED)
    assert len(events) == 1, [(e.title, e.start) for e in events]
    event = events[0]
    assert event.rrule == rule and not event.all_day, (event.rrule, event.start)
    assert event.start.strftime("%H:%M") == clock, event.start


def test_a_price_on_a_day_stays_no_clock():
    events = page_events("Shares rose 2.15 on Monday 8 February 2027 after the results.", PUBLISHED)
    assert all(e.all_day for e in events), [(e.title, e.start) for e in events]
