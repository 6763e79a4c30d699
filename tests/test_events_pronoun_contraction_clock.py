"""A pronoun contracted with its verb ("It'll", "They're") only points back, as "It" does
(pronouns): it never titles an entry. The sentence after a day's sentence that opens with such a
pronoun and says the event is held there and then ("It'll be held in the Old Mill Rooms ..., starting
7 p.m.") gives its clock to that day's entry (nearby_clocks._held_then)."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PAGE = ("The Harbour Camera Club has sent out invitations to its autumn exhibition next Thursday, October 5. "
        "It'll be held in the Old Mill Rooms on Quay Street, starting as ever at 7 p.m.")


def test_the_clock_after_the_pronoun_times_the_showcase():
    events = page_events(PAGE, "2023-09-27")
    assert [e.start for e in events] == [datetime(2023, 10, 5, 19, 0)]
    assert "exhibition" in events[0].title.lower()


def test_a_contracted_pronoun_is_never_a_title():
    assert all(not e.title.lower().startswith("it") for e in page_events(PAGE, "2023-09-27"))


LONE = ("The district budget will be tabled in the Regional Assembly on Thursday 24th November by the Treasurer, "
        "Ana Ruiz.\n\nShe will begin her address at 3.15 pm.\n\nThe address will be streamed on the council's site.")


def test_a_one_sentence_paragraph_opening_with_a_pronoun_gives_its_start_to_the_day_before():
    events = page_events(LONE, "2022-11-18")
    assert [e.start for e in events] == [datetime(2022, 11, 24, 15, 15)]


def test_a_longer_paragraph_after_the_day_keeps_its_clock():
    page = LONE.replace("at 3.15 pm.", "at 3.15 pm. Questions follow it.")
    assert [e.start.hour if isinstance(e.start, datetime) else None for e in page_events(page, "2022-11-18")] == [None]
