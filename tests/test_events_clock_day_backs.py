"""A clock in the sentence after a day that points back to it ("... stay ashore from 10am on the
race day") times that day's all-day entry: the words say whose day the clock is on. A
day counted on from it ("on the following day") is another day, and leaves the entry all-day."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def _starts(text: str, published: str) -> list[tuple[str, object]]:
    return [(e.title, e.start) for e in page_events(text, published)]


def test_a_clock_on_the_named_day_times_the_entry():
    page = ("The annual river race will be held on Saturday, 13 June 2026. "
            "Boats must stay off the water as of 10am on the race day.\n")
    assert _starts(page, "2026-06-01") == [("Annual river race", datetime(2026, 6, 13, 10, 0))]


def test_a_clock_on_the_day_alone_times_the_entry():
    page = ("The town marathon will be held on Sunday, 14 June 2026. "
            "Roads near the park remain shut from 6am on the day.\n")
    assert [start for _, start in _starts(page, "2026-06-01")] == [datetime(2026, 6, 14, 6, 0)]


def test_a_clock_on_the_following_day_leaves_the_entry_all_day():
    page = ("The dockers will hold a two-day walkout from Wednesday, May 20th 2026. "
            "Barges will sail again at 8am on the following day.\n")
    assert all(not isinstance(start, datetime) for _, start in _starts(page, "2026-05-10"))
