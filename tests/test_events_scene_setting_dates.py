"""A sentence that opens with a phrase setting the scene, holding one item's date ("For the
Council meeting being held April 8, ...", "Ahead of the summit on 12 June, ..."), then a main
clause with its own subject, verb and date: two items, and the main clause names the second
(class A, several items in one sentence). A date fronted alone ("During June 2031, ...") is
the main clause's own date, as before."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 3, 1)


def _entries(text: str) -> set[tuple[str, str, str]]:
    return {(e.kind, str(e.start)[:10], e.title) for e in tagged_events(text, published=PUBLISHED)}


def test_the_main_clause_after_a_meeting_phrase_is_a_second_item():
    got = _entries("For the Parish Board meeting being held April 8, 2027, agenda packets will be posted "
                   "on Monday, April 7, 2027.")
    assert ("meeting", "2027-04-08", "Parish Board meeting") in got
    assert ("milestone", "2027-04-07", "Agenda packets posted") in got


def test_a_meeting_ahead_of_a_summit_is_its_own_entry():
    got = _entries("Ahead of the harbour summit on 12 June, transport ministers will meet on 11 June in Bergen.")
    assert {(k, d) for k, d, _ in got} == {("conference", "2027-06-12"), ("meeting", "2027-06-11")}
    assert any(d == "2027-06-11" and "minister" in t.lower() for _, d, t in got)


def test_bookings_that_close_before_a_fair_are_a_deadline():
    got = _entries("For the orchard fair on 15 May, stall bookings will close on 2 May.")
    assert ("deadline", "2027-05-02") in {(k, d) for k, d, _ in got}
    assert ("event", "2027-05-15") in {(k, d) for k, d, _ in got}


def test_a_date_fronted_alone_keeps_its_clause():
    got = _entries("During June 2031, the new bus timetable will be sent to the Mayor, and the council expects "
                   "that the public meetings will begin in November 2031.")
    assert any(d == "2031-06-01" and t.startswith("New bus timetable") for _, d, t in got)


def test_a_body_that_will_reconvene_holds_a_meeting():
    got = _entries("The House rose this afternoon. Parliament will reconvene on 9 March.")
    assert ("meeting", "2027-03-09") in {(k, d) for k, d, _ in got}
