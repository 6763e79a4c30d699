"""A list's bare "Notification to authors:" over a day and the sentence saying what is sent
that day ("Notification of acceptance or rejection will be sent to each applicant by 25 September")
are one milestone: a title made only of a notice's word names no other event."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_bare_notification_row_and_its_sentence_are_one_entry():
    events = tagged_events("Notification of acceptance or rejection will be sent to each applicant by September 25, 2027.\n\n"
                           "IMPORTANT DATES\n\nPaper submission due:\nAugust 14, 2027\n"
                           "Notification to authors:\nSeptember 25, 2027\n"
                           "Camera ready due:\nOctober 4, 2027\n", published=date(2027, 5, 1))
    september = [e for e in events if e.start == date(2027, 9, 25)]
    assert len(september) == 1
    assert september[0].kind == "milestone"


def test_two_named_milestones_of_one_day_stay_two():
    from calfeed.events.told_twice import same_event
    from calfeed.model import Event
    one = Event(uid="a", title="Shortlist published", start=date(2027, 9, 12), end=date(2027, 9, 12), kind="milestone",
                all_day=True, precision="exact", location=None, sources=[])
    two = Event(uid="b", title="Grant awards announced", start=date(2027, 9, 12), end=date(2027, 9, 12), kind="milestone",
                all_day=True, precision="exact", location=None, sources=[])
    assert not same_event(one, two)
