"""Minutes counted from a page dated by its day alone ("the drive will be done in 35 minutes") are
a length of time, not a clock: no entry at 00:35 (resolver.Clockless)."""

from __future__ import annotations

from events_helpers import page_events

_NEWS = ("The mayor will open the new Ferris Street bridge on March 21, linking both banks of the river. "
         "Once the bridge opens, the drive across town will be done in 35 minutes, a council engineer "
         "told reporters.\n")


def test_minutes_from_a_clockless_day_make_no_clock():
    events = page_events(_NEWS, "2026-03-02")
    assert [e.start.isoformat()[:10] for e in events] == ["2026-03-21"]
    assert all(getattr(e.start, "minute", 0) != 35 for e in events)
