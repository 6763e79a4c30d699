"""A call's table row and a note under it may tell one deadline at one clock in different words:
"| Deadline for proposal submission | May 16th, 5:00 PM (CET) |" and "teams must prepare the
proposal budget and upload the signed forms by May 16, 2031, at 5:00 PM (CET)". The titles share
no topic word ("proposal" / "signed forms"), but the day and the clock are the same and the note
speaks of the row's topic: one deadline, one entry. Two deadlines at one clock whose tellings
share no topic stay two."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

CALL = ("# The 2031 Call\n\n"
        "| Stage | Dates |\n|---|---|\n"
        "| Opening of the call | March 1st |\n"
        "| Deadline for proposal submission | May 16th, 5:00 PM (CET) |\n\n"
        "Notes:\n\n"
        "- Applicant teams must prepare the proposal budget and upload the signed forms by May 16, 2031, "
        "at 5:00 PM (CET).\n")


def test_a_row_and_a_note_at_the_same_clock_are_one_deadline():
    deadlines = [e for e in tagged_events(CALL, published=date(2031, 2, 20)) if e.kind == "deadline"
                 and e.start != date(2031, 3, 1)]
    assert [(e.start, len(e.sources)) for e in deadlines] == [(datetime(2031, 5, 16, 17, 0), 2)]


def test_two_deadlines_at_one_clock_about_different_things_stay_apart():
    text = ("| Step | Date |\n|---|---|\n"
            "| Abstract submission | 1 June 2031, 17:00 CET |\n\n"
            "Travel grant requests must reach the office by 1 June 2031 at 17:00 CET.\n")
    deadlines = [e for e in tagged_events(text, published=date(2031, 4, 2)) if e.kind == "deadline"]
    assert len(deadlines) == 2
