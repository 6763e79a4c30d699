"""Titles from the wrong line (round 30, class F), in wordings of our own: a sentence that names the
act it dates beats the heading above it; an opening date keeps "open" in its title; a place named
after an event noun ("the fair site") is no event."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, published: date | None = date(2027, 1, 12)):
    result = process_document(Document(path="p.txt", text=text, published=published),
                              Options(today=date(2027, 1, 12)))
    return sorted(result.events, key=lambda e: str(e.start))


def test_a_required_act_names_its_deadline_not_the_heading():
    events = _events("Joining the orchestra\n\nBooking an audition\n\nPlease also note, the orchestra asks new "
                     "players to return their signed membership form by March 15 of their first season.\n")
    assert [(e.title, e.kind, e.start) for e in events] == [
        ("Deadline for new players to return their signed membership form", "deadline", date(2027, 3, 15))]


def test_an_opening_date_keeps_open_in_its_title():
    events = _events("Bursaries\n\nFor 2027 the opening date for nominations will be 1 June 2027.\n")
    assert [(e.title, e.kind) for e in events] == [("Nominations open", "event")]


def test_an_event_noun_before_site_is_a_place():
    events = _events("Fair notes\n\nPlease collect your badge at the fair site, Gate 2 during the opening hours "
                     "from May 4-5, 2027.\n")
    assert not any(e.title == "Fair" for e in events)


def test_a_state_before_the_day_in_a_time_clause_does_not_name_it():
    events = _events("Sports hall\n\nThe sports hall will be open to members on Thursday, February 18 after being "
                     "closed for a week of floor repairs.\n")
    assert [(e.title, e.start) for e in events] == [("Sports hall opens", date(2027, 2, 18))]
