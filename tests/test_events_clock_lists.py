"""Several start times of one written day are one occasion each, on that day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from events_helpers import tagged_events

PUBLISHED = date(2026, 3, 1)


def _entries(text: str) -> list[tuple[str, object, object, str | None]]:
    return sorted((e.title, e.start, e.end, e.tz) for e in tagged_events(text, published=PUBLISHED))


@pytest.mark.parametrize("text", [
    "Workshops run on 5 May 2026 at 10:00 and 14:00.",
    "Workshops run at 10:00 and 14:00 on 5 May 2026.",
    "The workshop will be held on 5 May 2026 at 10:00 and again at 14:00.",
])
def test_two_clocks_of_one_day_are_two_occasions(text):
    assert [(t, s) for t, s, _, _ in _entries(text)] == [
        ("Workshop", datetime(2026, 5, 5, 10)), ("Workshop", datetime(2026, 5, 5, 14))]


def test_clocks_before_a_timed_day_take_its_day():
    assert [(t, s) for t, s, _, _ in _entries("Guided tours at 11am and 3pm on Sunday 10 May 2026.")] == [
        ("Guided tour", datetime(2026, 5, 10, 11)), ("Guided tour", datetime(2026, 5, 10, 15))]


def test_alternative_ranges_are_two_sessions():
    text = "Drop-in sessions: Saturday 18 April, 10am-12pm or 2-4pm, at the Library."
    assert [(t, s, e) for t, s, e, _ in _entries(text)] == [
        ("Drop-in session", datetime(2026, 4, 18, 10), datetime(2026, 4, 18, 12)),
        ("Drop-in session", datetime(2026, 4, 18, 14), datetime(2026, 4, 18, 16))]


def test_a_list_takes_the_zone_written_after_its_last_clock():
    entries = _entries("Workshops on 5 May at 10:00, 12:00 and 14:00 CET.")
    assert [(s.hour, tz) for _, s, _, tz in entries] == [
        (10, "Europe/Brussels"), (12, "Europe/Brussels"), (14, "Europe/Brussels")]


def test_between_two_clocks_is_no_list():
    assert len(_entries("The office is open on 5 May 2026 between 10:00 and 14:00.")) == 1


def test_one_moment_in_two_zones_is_no_list():
    entries = _entries("The webinar is on 5 May 2026 at 10:00 CEST and 09:00 BST.")
    assert len(entries) == 1


def test_again_at_another_timed_day_is_a_second_occasion():
    text = ("Weather Storytime at 11 a.m. on Wednesday, April 30 and again at 5 p.m. on Thursday, May 1 "
            "at the Manchester Library.")
    events = tagged_events(text, published=date(2025, 4, 20))
    assert sorted((e.title, e.start) for e in events) == [
        ("Weather Storytime", datetime(2025, 4, 30, 11)), ("Weather Storytime", datetime(2025, 5, 1, 17))]
