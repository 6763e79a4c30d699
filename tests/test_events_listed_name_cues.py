"""A deadline word written capitalised as one item of a list of names ("six runs Wednesday — Aspen,
Birch Bowl, Miller's Cut-Off, Cedar and Larch") names a place, so the day is no deadline (R69
class 8, page 08's shape: "Deadline for ..." from a trail's name)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str) -> list[tuple[str, str]]:
    return [(e.title, e.kind) for e in tagged_events(text, published=date(2029, 11, 12))]


def test_a_trail_named_cut_off_in_a_list_is_no_deadline():
    found = _entries("Riders will have access to six runs Wednesday \u2014 Aspen, Birch Bowl, Miller's Cut-Off, "
                     "Cedar and Larch.")
    assert not any(kind == "deadline" for _, kind in found)


def test_a_lower_case_cut_off_is_still_a_deadline():
    found = _entries("Please note the cut-off for the raffle entries is Wednesday, 14 November 2029.")
    assert any(kind == "deadline" for _, kind in found)
