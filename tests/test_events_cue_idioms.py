"""Set phrases that hold a deadline cue word but set no deadline: "due diligence", "due
process" (nouns, part of a title) and "is due to take place" (scheduled, not due)."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

PUBLISHED = {"published": date(2027, 2, 1)}


def test_due_diligence_is_a_topic_not_a_deadline():
    found = framed("A workshop on due diligence will take place on 11 March 2027 in Geneva.", **PUBLISHED)
    assert list(found) == ["Workshop on due diligence"]
    assert found["Workshop on due diligence"].kind == "workshop"


def test_due_to_take_place_is_a_schedule():
    found = framed("The summit is due to take place on 3 June 2027 in Oslo.", **PUBLISHED)
    assert [(e.title, e.kind) for e in found.values()] == [("Summit", "conference")]
    found = framed("The ministers are due to meet on 3 June 2027.", **PUBLISHED)
    assert all(e.kind != "deadline" for e in found.values())


def test_due_on_a_date_is_still_a_deadline():
    found = framed("Reports are due on 3 June 2027.", **PUBLISHED)
    assert [e.kind for e in found.values()] == ["deadline"]
    found = framed("Annual reports are due to the secretariat by 3 June 2027.", **PUBLISHED)
    assert [e.kind for e in found.values()] == ["deadline"]
