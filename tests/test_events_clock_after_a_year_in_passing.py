"""A clock sentence with no day of its own, told after the story's coming day and a month or year
named in passing ("The rowing week begins on Saturday (May 15) ... put off to July 2026 ... this
year ... The first heat will begin at 2 pm"), is that coming day's, not the page's (R81 class 2,
page 13: the clock went to the page's day, a must-not day)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

PUBLISHED = "2027-05-14"


def test_the_heat_clock_keeps_to_the_coming_saturday():
    text = ("Orrin Rowing Week\n"
            "The rowing week on the lakes begins on Saturday (May 15) with the eights.\n"
            "Storms put off the 2026 week to July 2026, and the club is back on its usual dates this year.\n"
            "Crews from Varn and Millbank have entered.\n"
            "The first heat will begin at 2 pm from the Millbank boathouse.\n")
    starts = {e.start for e in page_events(text, PUBLISHED)}
    assert datetime(2027, 5, 15, 14, 0) in starts, starts
    assert not [s for s in starts if isinstance(s, datetime) and s.date() == date(2027, 5, 14)], starts
