"""A clock sentence with no day of its own, told after the story's coming day and a month or year
named in passing ("The cup will kick off in Orrin on Saturday (May 15). The 2026 cup was first set
for July 2026 ... The fixture will kick off at 2 pm"), is that coming day's, not the page's (R81
class 2, page 13: the clock went to the page's day, a must-not day)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

PUBLISHED = "2027-05-14"


def test_the_fixture_clock_keeps_to_the_coming_saturday():
    text = ("All is set for the tenth Orrin Lakes Cup.\n"
            "The lakes showpiece will kick off in Orrin on Saturday (May 15).\n"
            "The 2026 cup was first set for July 2026 and is taking place this year.\n"
            "The opening game will pit hosts Orrin against Varn.\n"
            "The fixture will kick off at 2 pm local time at the new Millbank ground.\n")
    starts = {e.start for e in page_events(text, PUBLISHED)}
    assert datetime(2027, 5, 15, 14, 0) in starts, starts
    assert not [s for s in starts if isinstance(s, datetime) and s.date() == date(2027, 5, 14)], starts
