"""An event noun after "for"/"on"/"of" in a subject names what a deliverable is for, not
the entry: "Abstracts for talks can be submitted until 15 February" is a submission
deadline, not talks running until 15 February."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed


def test_abstracts_for_talks_are_submitted_by_a_deadline():
    found = framed("Abstracts for talks can be submitted until 15 February 2027.", published=date(2026, 11, 16))
    assert [(e.title, e.kind, e.start) for e in found.values()] == [
        ("Submission of abstracts for talks", "deadline", date(2027, 2, 15))]


def test_an_event_noun_after_of_is_its_own_phrase_start():
    found = framed("A series of regional workshops will be held on 3 February 2027 in Leeds.",
                   published=date(2027, 1, 18))
    assert list(found) == ["Regional workshops"]
