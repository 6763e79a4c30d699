"""A clock told one sentence after the announcement's next one, in a sentence that names the
entry again: "On Wednesday, April 22, 2026, Harbour Bank will hold a conference call to discuss
first quarter results. The results will be released before the market opens. / The call will
begin at 9:00 a.m. Eastern Time." The tagger dates the clock by the page's date (the quarter in
between is no day), so the call stayed all-day; the page states one clock for it (R48 class D).
"""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

PUBLISHED = "2026-03-02"
OPENING = ("TORONTO, March 2, 2026 -- On Wednesday, April 22, 2026, Harbour Bank will hold a conference call "
           "to discuss first quarter results. The results will be released before the market opens.\n")


def _calls(text: str) -> list[tuple[object, object]]:
    return [(e.start, e.tz) for e in page_events(text, PUBLISHED) if "call" in e.title.lower()]


def test_the_call_takes_the_clock_its_sentence_gives():
    text = OPENING + "The call will begin at 9:00 a.m. Eastern Time. Please dial in ten minutes early.\n"
    assert _calls(text) == [(datetime(2026, 4, 22, 9, 0), "America/New_York")]


def test_a_pronoun_points_back_too():
    text = OPENING.replace("will hold a conference call", "will hold its annual webinar") + \
        "It will start at 11:00 a.m. Eastern Time.\n"
    starts = [e.start for e in page_events(text, PUBLISHED) if "webinar" in e.title.lower()]
    assert starts == [datetime(2026, 4, 22, 11, 0)]


def test_a_clock_of_something_else_stays_apart():
    text = OPENING + "Trading will begin at 9:30 a.m. as usual.\n"
    assert _calls(text) == [(date(2026, 4, 22), None)]


def test_a_day_named_in_between_keeps_the_clock_from_the_call():
    text = OPENING.replace("before the market opens.", "on Tuesday, April 21.") + \
        "The call will begin at 9:00 a.m. Eastern Time.\n"
    assert _calls(text) == [(date(2026, 4, 22), None)]


def test_a_new_paragraph_is_another_matter():
    text = OPENING + "\nThe call will begin at 9:00 a.m. Eastern Time.\n"
    assert _calls(text) == [(date(2026, 4, 22), None)]


def test_two_sentences_of_aside_are_too_far():
    text = OPENING + "Analysts may submit questions in advance. The call will begin at 9:00 a.m. Eastern Time.\n"
    assert _calls(text) == [(date(2026, 4, 22), None)]
