"""Rows of a fair's phases: "Phase 1: Mar. 3 - 7, 2029 9:00AM - 06:00PM" is the phase, one stretch
from its first day to its last with its daily hours as a note, not a daily series; a bracketed
address line above is no heading to name it by; an "Interval" row names the gaps between the phases,
no entry (R69 class 7, page 19's shape)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PAGE = ("Welcome to the 12th Harbour Trade Expo\n\n"
        "expo Venue:\n"
        "Harbour Exhibition Centre\n"
        "(Quay Road, Leith, Edinburgh)\n\n"
        "Phase 1: Mar. 3 - 7, 2029 9:00AM - 06:00PM\n"
        "Phase 2: Mar. 12 - 16, 2029 9:00AM - 06:00PM\n"
        "Expo Interval: Mar. 8 - 11\n")


def _entries() -> list[tuple[str, object, object, str | None]]:
    return sorted((e.title, e.start, e.end, e.rrule) for e in tagged_events(PAGE, published=date(2029, 1, 10)))


def test_each_phase_is_one_stretch_named_by_its_label():
    found = _entries()
    assert ("Phase 1", date(2029, 3, 3), date(2029, 3, 7), None) in found
    assert ("Phase 2", date(2029, 3, 12), date(2029, 3, 16), None) in found


def test_the_phase_keeps_its_hours_as_a_note():
    phase = next(e for e in tagged_events(PAGE, published=date(2029, 1, 10)) if e.title == "Phase 1")
    assert any("09:00" in note and "18:00" in note for note in phase.notes)


def test_the_interval_row_gives_no_entry():
    assert not any(start == date(2029, 3, 8) for _, start, _, _ in _entries())


def test_a_labelled_range_with_hours_that_is_no_part_stays_a_daily_series():
    found = [(e.title, e.rrule) for e in tagged_events("Trade fair: Mar. 3 - 7, 2029 9:00AM - 06:00PM\n",
                                                        published=date(2029, 1, 10))]
    assert found and all(rule and rule.startswith("FREQ=DAILY") for _, rule in found)
