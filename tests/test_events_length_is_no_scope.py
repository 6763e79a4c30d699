"""A length after "for" ("extended for two weeks now closing on March 28") measures the
extension; it is no noun phrase whose scope the date narrows ("Applications for projects to be
delivered between ..."), so the date stays the sentence's own."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_day_after_a_length_and_a_participle_is_kept():
    events = tagged_events("The deadline for submissions has been extended for two weeks now closing on "
                           "March 28 this year.", published=date(2027, 2, 23))
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2027, 3, 28))]


def test_a_scope_of_projects_still_narrows_its_noun():
    events = tagged_events("Applications for projects to be delivered between April 1, 2027 and March 31, 2028 "
                           "are open as of Monday, October 5, 2026.", published=date(2026, 9, 1))
    assert date(2027, 4, 1) not in [e.start for e in events]
