"""Advice to be at the spot early ("Spectators must be at the green by 10:40" before a noon parade)
is an arrival instruction, like "Please arrive by 7.25pm": the time to come to the page's one timed
event, never a deadline of its own. "Entries must be in by 10:45" names no place and stays a
deadline."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_entries

PARADE = "The lantern parade sets off from the town hall on July 9th, 2031 at noon. {advice}\n"


def test_being_at_a_place_by_a_clock_is_an_arrival():
    for advice in ("Walkers are asked to be in the meadow by 10:45.", "Families should be at the north gate by 10:45."):
        entries = page_entries(PARADE.format(advice=advice), "2031-07-01")
        assert ("Arrival for Lantern parade", "event", datetime(2031, 7, 9, 10, 45)) in entries, advice
        assert not any(kind == "deadline" for _, kind, _ in entries), advice


def test_entries_due_in_stay_a_deadline():
    entries = page_entries(PARADE.format(advice="Entries must be in by 10:45."), "2031-07-01")
    assert any(kind == "deadline" for _, kind, _ in entries)
