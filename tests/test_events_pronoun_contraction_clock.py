"""A pronoun contracted with its verb ("It'll", "They're") only points back, as "It" does
(pronouns): it never titles an entry. The sentence after a day's sentence that opens with such a
pronoun and says the event is held there and then ("It'll be held in the Old Mill Rooms ..., starting
7 p.m.") gives its clock to that day's entry (nearby_clocks._held_then)."""

from __future__ import annotations

from datetime import datetime

from tests.events_helpers import page_events

PAGE = ("The Harbour Camera Club has sent out invitations to its autumn exhibition next Thursday, October 5. "
        "It'll be held in the Old Mill Rooms on Quay Street, starting as ever at 7 p.m.")


def test_the_clock_after_the_pronoun_times_the_showcase():
    events = page_events(PAGE, "2023-09-27")
    assert [e.start for e in events] == [datetime(2023, 10, 5, 19, 0)]
    assert "exhibition" in events[0].title.lower()


def test_a_contracted_pronoun_is_never_a_title():
    assert all(not e.title.lower().startswith("it") for e in page_events(PAGE, "2023-09-27"))
