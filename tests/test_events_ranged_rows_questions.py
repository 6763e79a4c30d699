"""A question between a stretch and the next line is no label line over hours rows: "... from Monday,
4 January until Friday, 29 January." / "How can I follow the day?" / "From 08:00 on Tuesday, we
will ..." is no weekly Tuesday series over January (ranged_rows._rows_under)."""

from __future__ import annotations

from events_helpers import page_events

_EXPLAINER = ("When does the winter signing period open?\n\n"
              "Clubs may register new players again from Monday, 4 January until Friday, 29 January at 17:00.\n\n"
              "How can I follow signing day on our site?\n\n"
              "From 08:00 on Tuesday, we will run a live page with all the latest signings and reactions. "
              "It will sit at the top of our rugby section.\n")


def test_a_question_line_does_not_head_hours_rows():
    events = page_events(_EXPLAINER, "2026-09-01")
    assert not any(e.rrule for e in events)
