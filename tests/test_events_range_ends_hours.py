"""A range of days written by its two ends, then one range of clocks ("from Tuesday 3 June to
Thursday 12 June 2025 from 07:45 to 16:15"), is those hours on each day of it, a daily series up
to the last day, as "3-12 June from 07:45 to 16:15" is. Without the join the clocks went to the
last day alone and the first day was left over (R54 page 06's shape). A single clock after the
range stays what it was."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.timex import tag
from events_helpers import framed_by_title as framed

PUBLISHED = date(2025, 5, 20)


def _entries(text: str):
    return [(e.start, e.end, e.rrule) for e in framed(text, published=PUBLISHED).values()]


def test_hours_after_a_range_of_two_ends_are_every_days():
    text = "The footbridge will be closed from Tuesday 3 June to Thursday 12 June 2025 from 07:45 to 16:15."
    assert _entries(text) == [(datetime(2025, 6, 3, 7, 45), datetime(2025, 6, 3, 16, 15),
                               "FREQ=DAILY;UNTIL=20250612T235959")]


def test_hours_after_a_comma_are_every_days_too():
    text = "The footbridge will be closed from 3 June to 12 June 2025, 07:45 to 16:15."
    assert _entries(text) == [(datetime(2025, 6, 3, 7, 45), datetime(2025, 6, 3, 16, 15),
                               "FREQ=DAILY;UNTIL=20250612T235959")]


def test_the_tagger_keeps_the_range_and_its_hours_in_one_expression():
    found = tag("Works run from Tuesday 3 June to Thursday 12 June 2025 from 07:45 to 16:15.", PUBLISHED)
    assert [t.text for t in found] == ["Tuesday 3 June to Thursday 12 June 2025 from 07:45 to 16:15"]


def test_one_clock_after_the_range_is_no_daily_series():
    text = "The footbridge will be closed from 3 June to 12 June 2025 at 07:45."
    assert all(rule is None for _, _, rule in _entries(text))
