"""A closing that ends with an occasion ("The long review will close on 9 June 2031, with the
appointment of wardens"... ): the day is the occasion's, framed by its event noun, no deadline
(closing_events.closed_with_event). The closing verb made a deadline titled by what closes."""

from __future__ import annotations

from events_helpers import page_events


def _entries(text: str) -> list[tuple[str, str, str]]:
    return [(str(e.start)[:10], e.kind, e.title) for e in page_events(text, "2030-08-31")]


def test_a_process_closing_with_an_election_is_the_elections_day():
    text = ("This long selection process of Varn county will close on 9 June 2031, with the election of the "
            "river wardens and their deputies, the commission said.")
    [(day, kind, title)] = _entries(text)
    assert day == "2031-06-09" and kind != "deadline" and "election" in title.lower()


def test_entries_closing_before_a_dated_competition_stay_a_deadline():
    text = "Entries for the regatta close on 1 May 2031, with the competition of the clubs on 12 May 2031."
    assert ("2031-05-01", "deadline") in {(day, kind) for day, kind, _ in _entries(text)}
