"""Rows of a table flattened to text, under a header whose date column is a "Deadline", are
deadlines (each named by the rest of its row, as before); under a header naming no deadline they
stay events."""

from __future__ import annotations

from events_helpers import page_events


def _kinds(text: str, published: str) -> list[tuple[str, str]]:
    return sorted((str(e.start), e.kind) for e in page_events(text, published))


def test_rows_under_a_deadline_header_are_deadlines():
    page = ("# Permit renewals 2026\n\n"
            "Renewals open on 1 March 2026. The cut-offs are:\n\n"
            "Route Deadline Kind of Permit\n"
            "Paper form at the town office 15 May 2026 Resident and visitor\n"
            "Online portal or kiosk 30 June 2026 Resident\n"
            "Online portal 31 July 2026 Visitor\n")
    assert _kinds(page, "2026-03-02") == [("2026-03-01", "event"), ("2026-05-15", "deadline"),
                                          ("2026-06-30", "deadline"), ("2026-07-31", "deadline")]


def test_rows_under_another_header_stay_events():
    page = ("# Market days 2026\n\n"
            "Stall Market day Trader type\n"
            "Paper form at the town office 15 May 2026 Resident and visitor\n"
            "Online portal or kiosk 30 June 2026 Resident\n")
    assert _kinds(page, "2026-03-02") == [("2026-05-15", "event"), ("2026-06-30", "event")]
