"""An "end exam" (the exam that closes a school stage: "the primary school end exam") is an event noun
of its own, so "end" no longer stops the phrase before it and the title keeps the stage's name, never
the fuller mention of another exam the page made before."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries


def test_a_stage_end_exam_keeps_its_stage_in_the_title():
    text = ("Earlier, the board confirmed the dates of the senior certificate exam.\n\n"
            "The primary school end exam (grade 6) will take place on July 12 and 13, 2027.")
    assert page_entries(text, "2027-05-01") == [("Primary school end exam", "event", date(2027, 7, 12))]
