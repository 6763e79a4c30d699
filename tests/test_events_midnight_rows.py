"""A deadline whose line under its day says "by midnight" ("Tuesday, September 15, 2015" / "Deadline for
prototype submission: by midnight PST") closes at the end of that day, 23:59, as "midnight" written on the
day's own line already did: not at 00:00, the start of the day, a day early for a subscriber."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def _deadlines(text: str, published: str) -> list[tuple[object, str | None]]:
    return [(e.start, e.tz) for e in page_events(text, published) if e.kind == "deadline"]


def test_a_deadline_line_under_its_day_by_midnight_with_a_zone():
    text = ("Important dates\n\nTuesday, September 15, 2015\nDeadline for prototype submission: by midnight PST\n\n"
            "Monday, October 5, 2015\nNotification of acceptance\n")
    assert _deadlines(text, "2015-06-01") == [(datetime(2015, 9, 15, 23, 59), "America/Los_Angeles")]


def test_applications_close_at_midnight_under_a_day_heading():
    text = "Key dates\nFriday 4 March 2022\nApplications close at midnight\n\nMonday 14 March 2022\nShortlisting\n"
    assert _deadlines(text, "2022-01-10") == [(datetime(2022, 3, 4, 23, 59), None)]


def test_entries_received_by_midnight_under_a_dated_heading_line():
    text = ("Competition timetable\n\n## Wednesday 1 June 2022\nEntries must be received by midnight\n\n"
            "## Friday 17 June 2022\nWinners announced\n")
    assert [s for s, _ in _deadlines(text, "2022-05-01")] == [datetime(2022, 6, 1, 23, 59)]
