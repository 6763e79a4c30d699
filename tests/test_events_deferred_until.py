"""A negation before "until" makes the day a first day, not a last one: "Registration will not
open until 5 May", "the final will not take place until Friday, April 21", "no entries are taken
till 1 March" say it starts then; nothing is due."""

from __future__ import annotations

from events_helpers import page_events


def _events(text: str):
    return {e.start.isoformat()[:10]: e for e in page_events(text, "2023-03-01", "notice.txt")}


def test_registration_that_will_not_open_until_a_day_opens_then():
    event = _events("Registration will not open until 5 May 2023.\n")["2023-05-05"]
    assert event.kind != "deadline" and "clos" not in event.title.lower()


def test_a_final_that_will_not_take_place_until_a_friday():
    events = _events("With the break for the championships, the grand final won't take place until Friday, April 21, 2023.\n")
    assert events and all(e.kind != "deadline" for e in events.values())


def test_a_plain_until_stays_a_deadline():
    event = _events("Entries will be accepted until 5 May 2023.\n")["2023-05-05"]
    assert event.kind == "deadline"


def test_a_curly_apostrophe_negation_defers_as_a_straight_one_does():
    # pages typeset their contractions with "’": "won’t", "doesn’t", "isn’t" negate as "won't" does
    for negation in ("won’t take place", "doesn’t begin", "isn’t starting"):
        events = _events(f"With the break for the championships, the grand final {negation} until Friday, April 21, 2023.\n")
        assert events and all(e.kind != "deadline" for e in events.values()), negation
