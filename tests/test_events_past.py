"""Past events in a dated document. calfeed keeps them on purpose: a calendar built from a
news archive or a report shows what happened when (the seed's Islamabad meeting "organized
... on 21-22 June 2011" is one). But a deadline told in the past tense that had passed when
the document was written is nothing anyone can still meet: it stays in the calendar as a
milestone, never in the deadlines feed."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

TOWN = "Millbrook, 2 March 2027\n\n"


def test_a_past_meeting_in_a_news_story_is_kept_as_what_happened():
    found = framed("BRUSSELS, 8 March 2027 (Reuters) - The ministers met on 3 March 2027 to discuss the reform.")
    (meeting,) = found.values()
    assert (meeting.start, meeting.kind) == (date(2027, 3, 3), "meeting")


def test_a_deadline_that_closed_before_the_document_is_no_deadline():
    found = framed(TOWN + "Applications for the community grant closed on 1 March 2027.")
    (entry,) = found.values()
    assert entry.kind == "milestone" and entry.start == date(2027, 3, 1)
    assert any("already passed" in note for note in entry.notes)


def test_a_deadline_noun_in_the_past_tense_is_no_deadline():
    found = framed(TOWN + "The deadline for written comments was 26 February 2027.")
    assert [e.kind for e in found.values()] == ["milestone"]


def test_a_deadline_still_ahead_stays_a_deadline():
    found = framed(TOWN + "Applications for the community grant close on 20 March 2027.")
    assert [e.kind for e in found.values()] == ["deadline"]
    found = framed(TOWN + "The deadline for written comments was extended to 20 March 2027.")
    assert [e.kind for e in found.values()] == ["deadline"]
