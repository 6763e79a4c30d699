"""A name with a version number glued around its dot ("Skyforge 2.0 unlock time", "Atlas 3.1 launch") keeps the whole
number in the title: the dot between two digits ends no sentence (R62 08's title had kept only the digit after it)."""

from __future__ import annotations

from events_helpers import page_events

PUBLISHED = "2017-12-18"


def _titles(text: str) -> list[str]:
    return [e.title for e in page_events(text, PUBLISHED)]


def test_a_version_number_stays_whole_in_the_title():
    assert _titles("The Skyforge 2.0 unlock time is 06:00 UTC on Friday, December 22nd, 2017.\n") == [
        "Skyforge 2.0 unlock time"]


def test_a_number_ending_a_sentence_stays_out():
    assert _titles("Prices rose by 2. Meeting of the board on Friday, December 22nd, 2017 at the hall.\n") == [
        "Meeting of the board"]
