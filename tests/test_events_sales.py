"""Sales openings and price deadlines are what a subscriber wants: "Tickets go on sale on
1 March" (a milestone), "Early-bird prices end on 31 March" (a deadline), "Registration
opens on 2 May" (its opening)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import framed_by_title as framed


def test_tickets_going_on_sale_is_a_milestone():
    found = framed("Tickets go on sale on 1 March 2027 at 9am.", published=date(2027, 1, 5))
    assert found["Tickets on sale"].kind == "milestone"
    assert found["Tickets on sale"].start == datetime(2027, 3, 1, 9, 0)


def test_early_bird_prices_ending_is_a_deadline():
    found = framed("Early-bird prices end on 31 March 2027.", published=date(2027, 1, 5))
    assert found["Early-bird prices end"].kind == "deadline"


def test_registration_opening_is_its_start():
    found = framed("Registration opens on 2 May 2027.", published=date(2027, 1, 5))
    assert found["Registration opens"].start == date(2027, 5, 2)


def test_a_person_returning_is_still_no_sale():
    assert framed("The minister goes on holiday on 1 March 2027.", published=date(2027, 1, 5)) == {}
