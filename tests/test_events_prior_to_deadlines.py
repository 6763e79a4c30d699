"""A notice that invites written comments "prior to" a day ("Written comments may be submitted to
the Clerk prior to 24 February 2027", "Interested persons may express their comments at the public
meeting or in writing ... prior to February 24, 2027"): "prior to" before a date is a deadline cue
as "before" is (cues), and persons or people acting by it are actors (actors), so the day is the
comments' deadline, not a day of the meeting named on the way. Elsewhere "prior to" reads as
"before" does."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 2, 1)


def _entries(text: str) -> list[tuple[object, str]]:
    return [(e.start, e.kind) for e in tagged_events(text, published=PUBLISHED)]


def test_written_comments_submitted_prior_to_a_day_are_due_then():
    assert _entries("Written comments may be submitted to the Clerk prior to 24 February 2027.") == [
        (date(2027, 2, 24), "deadline")]


def test_comments_at_the_meeting_or_in_writing_prior_to_a_day_are_a_deadline():
    assert _entries("Interested persons may express their comments at the public meeting or in writing, "
                    "addressed to the Municipal Clerk, at the above address prior to February 24, 2027.") == [
        (date(2027, 2, 24), "deadline")]


def test_people_may_object_in_writing_prior_to_a_day():
    assert _entries("People may object in writing to the planning office prior to 10 March 2027.") == [
        (date(2027, 3, 10), "deadline")]


def test_prior_to_reads_as_before_reads():
    for clause in ("The board will meet {} 3 March 2027 to set the budget.",
                   "The exhibition will run {} 3 March 2027 in the foyer."):
        assert _entries(clause.format("prior to")) == _entries(clause.format("before"))
