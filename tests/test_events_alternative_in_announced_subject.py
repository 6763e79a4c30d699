"""What the organiser will send by a day is its milestone even when the subject names two
outcomes ("A decision of acceptance or rejection will be sent to each applicant by 25 September"):
one exact day, not a stretch from the document's date up to it."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_an_or_inside_the_subject_keeps_the_organiser_s_milestone():
    events = tagged_events("Proposals are due on August 14, 2027. Notification of acceptance "
                           "or rejection will be sent to each applicant by September 25, 2027.", published=date(2027, 5, 1))
    notes = [(e.kind, e.start, e.end, e.precision) for e in events if "otification" in e.title]
    assert notes == [("milestone", date(2027, 9, 25), date(2027, 9, 25), "exact")]
    assert [e.title for e in events if "otification" in e.title] == ["Notification of acceptance or rejection sent"]


def test_or_between_two_clauses_still_reads_no_subject():
    events = tagged_events("Submit now or you will be sent a reminder by 12 September 2027.",
                           published=date(2027, 5, 1))
    assert all(e.kind != "milestone" for e in events)
