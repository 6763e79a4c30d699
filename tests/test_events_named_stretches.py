"""Titles from the clause's event, not its subject's words (session 68):

- a stretch written with its end in a fronted "From ... until ..." whose clause names a holiday or an
  event ("From 4 June until 10, most people in Varn will enjoy a long rest for the Harbour Week
  holiday") is the holiday's days, titled by its name; it was read as a change holding from a day on,
  a milestone titled by the clause's subject and verb (effective_changes.effective_change);
- "J’ouvert", the carnival's opening street party, is an event noun: "The event ... from 1 to 4 p.m."
  after "the council’s planned J’ouvert" stands for it, where it was titled "Event".
"""

from __future__ import annotations

from events_helpers import page_events


def _entries(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(str(e.start)[:16], e.kind, e.title) for e in page_events(text, published)]


def test_a_fronted_holiday_stretch_is_titled_by_the_holiday():
    text = "From June 4 until 10, most people in Varn will enjoy a long rest for the Harbour Week holiday.\n"
    [(start, kind, title)] = _entries(text, "2031-05-20")
    assert start == "2031-06-04" and kind != "milestone" and "Harbour Week" in title


def test_a_fronted_change_with_its_end_and_no_event_stays_a_change():
    text = "From 4 June until 10 June 2031, ferry fares to Quill Island rise by a fifth.\n"
    [(start, kind, title)] = _entries(text, "2031-05-20")
    assert start == "2031-06-04" and title.startswith("Ferry fares")


def test_the_event_after_a_planned_jouvert_is_the_jouvert():
    text = ("Shops in Port Ellery will shut early today for the council’s planned J’ouvert along the harbour. "
            "The event runs on the quay from 1 to 4 p.m. with the route starting at the old pier.\n")
    titles = {start: title for start, _, title in _entries(text, "2031-04-10")}
    assert titles["2031-04-10 13:00"] == "J’ouvert"
