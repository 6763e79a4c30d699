""""before" parted from a date by a comma is an adverb of the clause ("will close two days
before, on Friday March 14"), not a deadline cue: no 'Deadline for ...' entry (signals.read_signals);
"by Friday, 3 January" keeps its cue."""

from __future__ import annotations

from events_helpers import page_events

_STORY = ("Spring markets open across the county on Saturday March 1, 2025. The Northfield spring "
          "markets will therefore close two days before, on Friday March 14, 2025, one week ahead of "
          "the rest.\n")


def test_a_comma_parts_before_from_its_date():
    assert not any(e.kind == "deadline" for e in page_events(_STORY, "2025-02-10"))


def test_by_before_a_weekday_and_its_date_stays_a_deadline():
    events = page_events("Entries must arrive by Friday, 3 January 2025.\n", "2024-12-20")
    assert [(e.kind, e.start.isoformat()[:10]) for e in events] == [("deadline", "2025-01-03")]
