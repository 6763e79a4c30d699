"""What the organiser will send by a day is its milestone even when the subject names two
outcomes ("Notification of acceptance or rejection will be sent to authors by September 12"):
one exact day, not a stretch from the document's date up to it."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_an_or_inside_the_subject_keeps_the_organiser_s_milestone():
    events = tagged_events("Papers must be received by the deadline of July 31, 2027. Notification of acceptance "
                           "or rejection will be sent to authors by September 12, 2027.", published=date(2027, 5, 1))
    notes = [(e.kind, e.start, e.end, e.precision) for e in events if "otification" in e.title]
    assert notes == [("milestone", date(2027, 9, 12), date(2027, 9, 12), "exact")]
    assert [e.title for e in events if "otification" in e.title] == ["Notification of acceptance or rejection sent"]


def test_or_between_two_clauses_still_reads_no_subject():
    events = tagged_events("Submit now or you will be sent a reminder by 12 September 2027.",
                           published=date(2027, 5, 1))
    assert all(e.kind != "milestone" for e in events)
