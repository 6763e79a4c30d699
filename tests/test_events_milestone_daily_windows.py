"""Day-less clock hours before a run of days give each day those hours also when the clause is a
milestone ("X will be closed to cars between 11:00 and 21:00 between the 3 and 5 May"), not the
page's own day; a deadline keeps its reading."""
# Provenance: session 56 (R69 class 7a, page 05's shape); texts written for the test.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date) -> list[tuple[str, str, str | None]]:
    return [(str(e.start), str(e.end), e.rrule) for e in tagged_events(text, published=published)]


def test_shut_hours_before_a_run_of_days_are_each_days_hours() -> None:
    text = "Quay Street will be shut to traffic between 11:00 and 21:00 between the 8 and 10 June.\n"
    got = _entries(text, date(2025, 5, 28))
    assert got == [("2025-06-08 11:00:00", "2025-06-08 21:00:00", "FREQ=DAILY;UNTIL=20250610T235959")], got


def test_hours_from_a_range_of_days_with_to() -> None:
    text = "The old bridge will be closed off to cars from 06:00 to 09:30 from 3 to 5 September.\n"
    got = _entries(text, date(2025, 8, 20))
    assert [g[0] for g in got] == ["2025-09-03 06:00:00"], got
    assert got[0][2] == "FREQ=DAILY;UNTIL=20250905T235959"


def test_no_entry_lands_on_the_page_day() -> None:
    text = "Quay Street will be shut to traffic between 11:00 and 21:00 between the 8 and 10 June.\n"
    assert not any(start.startswith("2025-05-28") for start, _, _ in _entries(text, date(2025, 5, 28)))
