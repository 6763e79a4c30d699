"""A sentence that dates an event's start and then its move to another place ("The main X
Festival begins in A on 4 November, followed by ... before the crowd moves to B on 25 November
for the closing weekend celebration"): the later day is its own clause's, with its own subject
and verb of motion (clause_verbs: moves, travels), and is named by that clause's phrase,
not folded into the festival's start (R66 03 lost its second day once 'fest' was an event noun).
The pages are my own."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def _days(text: str) -> dict[date, str]:
    return {e.start if isinstance(e.start, date) else e.start.date(): e.title
            for e in page_events(text, "2026-09-06", "doc.txt")}


def test_the_move_after_a_festival_start_keeps_its_own_day():
    text = ("The main Lobster Festival begins in Port Ellis on 4 November, followed by six days of "
            "music in the capital before the crowd moves to Gull Island on 25 November for the "
            "closing weekend celebration.")
    days = _days(text)
    assert "Festival" in days[date(2026, 11, 4)]
    assert days[date(2026, 11, 25)] == "Closing weekend celebration"


def test_a_tour_that_travels_on_to_another_town():
    text = ("The spring choir tour opens in Dunmore on 3 October, before the singers travel to Carrow "
            "on 10 October for a charity concert.")
    days = _days(text)
    assert date(2026, 10, 3) in days
    assert "concert" in days[date(2026, 10, 10)].lower()
