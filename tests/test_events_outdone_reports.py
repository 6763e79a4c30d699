"""A day an earlier report claimed, which the page outdoes with the day it tells itself: no second
entry (outdone_reports). Session 44, R57 class 8 (a rival outlet's day for a product event), in
words of our own."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

INVITED = """Gadgets

That autumn Nimbus phone launch event? It is coming sooner than people thought.

Nimbus mailed an invitation this morning asking us to the launch event next Thursday, October 17. It will be held at the Harbour Hall in Leeds.

A trade paper claimed on Monday that a cheaper Nimbus tablet was coming, and that the launch event would be held October 24.
"""


def _days(text: str) -> list[tuple[str, date]]:
    return sorted((e.title, e.start) for e in tagged_events(text, published=date(2030, 10, 7)))


def test_the_day_of_an_outdone_report_is_no_second_entry():
    assert _days(INVITED) == [("Launch event", date(2030, 10, 17))]


def test_a_report_alone_keeps_its_day():
    text = "Gadgets\n\nOn Monday, a trade paper reported that Nimbus would unveil a cheaper tablet, and said the launch event would take place October 24.\n"
    assert _days(text) == [("Launch event", date(2030, 10, 24))]
