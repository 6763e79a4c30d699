"""An edition named by its number alone ("The 7th edition takes place ... from 12 – 15 March")
was titled "7th edition" (R71 class 5, page 22): when the sentence before, in the same paragraph,
opens with the event's name and a comma and a descriptor naming an event ("Harbour Lights, the
coast's best-loved arts festival, ..."), the entry takes that name. Without such a name the
title stays as it was. The pages are my own."""

from __future__ import annotations

from events_helpers import page_events


def _titles(text: str) -> list[str]:
    return [e.title for e in page_events(text, "2026-11-02", "doc.txt")]


def test_the_edition_takes_the_name_the_sentence_before_describes():
    text = ("Harbour Lights, the coast's best-loved arts festival, fills the quay with lanterns each "
            "winter. The 7th edition takes place in Port Ellis from 12 – 15 March 2027.")
    assert _titles(text) == ["Harbour Lights (7th edition)"]


def test_no_name_before_leaves_the_edition_title():
    text = ("The lantern festival fills the quay each winter. The 7th edition takes place in Port "
            "Ellis from 12 – 15 March 2027.")
    assert _titles(text) == ["7th edition"]


def test_another_paragraph_names_nothing():
    text = ("Harbour Lights, the coast's best-loved arts festival, fills the quay each winter.\n\n"
            "The 7th edition takes place in Port Ellis from 12 – 15 March 2027.")
    assert _titles(text) == ["7th edition"]
