"""Rows of a calendar under month headings are one entry each (heading_days.py)."""
# Provenance: Round 12 (sy).

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

DOC = ("Fall 2024\n\nDate Day of the Week Event\nAugust\n"
       "21-23 Wed.-Fri. Graduate F-1 Visa students orientation\n"
       "24-27 Sat.-Tues. New Undergraduate Student Orientation\n28 Wednesday Classes begin\n"
       "September\n2 Monday Labor Day, offices closed\n")


def test_each_row_under_a_month_heading_is_its_own_entry() -> None:
    got = {(e.title, str(e.start)[:10]) for e in tagged_events(DOC, published=date(2024, 5, 1))}
    assert {("Graduate F-1 Visa students orientation", "2024-08-21"),
            ("New Undergraduate Student Orientation", "2024-08-24"), ("Classes begin", "2024-08-28")} <= got
    assert not any(title.startswith("Date Day") for title, _ in got)


def test_a_month_heading_over_day_rows_is_no_entry_of_its_own() -> None:
    got = [(str(e.start)[:7], e.precision) for e in tagged_events("College Calendar\n\n" + DOC,
                                                                   published=date(2024, 5, 1))]
    assert ("2024-08", "approximate") not in got
