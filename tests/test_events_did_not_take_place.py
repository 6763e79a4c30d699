"""A hearing that "did not take place" and
"was adjourned to March 10" is no entry on its first day; the day it was adjourned to is."""
# Provenance: Round-8b red-team class B1 in the events stage.

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import tagged_events


def test_a_hearing_that_did_not_take_place_is_only_on_the_day_it_was_adjourned_to():
    text = ("The court then granted the Muslim side a final opportunity and scheduled the next hearing for "
            "February 19, but the hearing did not take place and was adjourned to March 10.")
    events = tagged_events(text, published=date(2025, 2, 19))
    assert [(e.title, e.start) for e in events] == [("Next hearing", date(2025, 3, 10))]


@pytest.mark.parametrize("text", [
    "The concert was planned for 12 June, but it did not take place.",
    "The lecture on 12 June could not take place because of the strike.",
    "The match on 12 June never took place.",
    "The festival was scheduled for 12 June, but the festival was not held.",
])
def test_an_event_that_did_not_take_place_is_no_entry(text):
    events = tagged_events(text, published=date(2025, 7, 1))
    assert not any(e.start == date(2025, 6, 12) for e in events), [(e.title, e.start) for e in events]


@pytest.mark.parametrize("text, day", [
    # "but" still starts another statement when it names something else
    ("The fair on 12 June will go ahead, but the parade did not take place.", date(2025, 6, 12)),
    ("The fair will be held on 12 June, but last year it did not take place.", date(2025, 6, 12)),
])
def test_a_called_off_clause_about_something_else_leaves_the_date(text, day):
    events = tagged_events(text, published=date(2025, 5, 1))
    assert any(e.start == day for e in events)
