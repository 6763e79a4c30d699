"""A clock after "start(s) at" in a sentence whose "daily" has no first or last day ("The sessions
will start at 10:00 a.m. daily", under a sentence that dates them) gives each day its hours: it is
no first day of an endless daily series, which would fill the calendar for ever."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def test_daily_hours_after_dated_sessions_make_no_endless_series():
    page = ("# Ward forums\n\n"
            "The remaining forums will be held on Friday, May 22 and Saturday, May 23 in all wards. "
            "The forums will start at 10:00 a.m. daily.\n")
    events = page_events(page, "2026-04-01")
    assert not any(e.rrule for e in events)
    assert sorted(e.start for e in events) == [datetime(2026, 5, 22, 10, 0), datetime(2026, 5, 23, 10, 0)]


def test_a_daily_run_with_its_days_keeps_its_series():
    page = ("# Budget hearings\n\n"
            "Hearings will be held from May 4 to May 8 and will start at 10:00 a.m. daily in the council chamber.\n")
    events = page_events(page, "2026-03-25")
    assert [(e.start, e.rrule) for e in events] == [(datetime(2026, 5, 4, 10, 0), "FREQ=DAILY;UNTIL=20260508T235959")]
