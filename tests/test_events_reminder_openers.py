"""A reminder's lead-in ("Please be advised that", "Please be reminded that") stands before the
sentence's real subject: the series it states is named by that subject, not by "Please"."""

from __future__ import annotations

from events_helpers import page_events


def test_a_reminded_series_is_named_by_its_subject():
    page = ("# Buses\n\n"
            "Please be advised that the night bus service is scheduled for every Friday and Saturday.\n")
    assert [(e.title, e.rrule) for e in page_events(page, "2026-09-01")] == [
        ("Night bus service", "FREQ=WEEKLY;BYDAY=FR,SA")]
