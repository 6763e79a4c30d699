"""A bracketed gloss between a subject and its future passive ("General household waste (black
bins) will be collected on Saturday 30 December") is part of the subject's noun phrase: the act
is still the subject's ("General household waste collected"), as it is without the gloss."""
# Provenance: session 27, class "community and membership newsletters" (ev27c's half A: a residents'
# association's Christmas bin changes lost the black-bin days, which carry "(black bins)").

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _days(text: str) -> set[tuple[str, str]]:
    return {(e.title, str(e.start)[:10]) for e in tagged_events(text, published=date(2031, 12, 1))}


def test_a_glossed_subject_keeps_its_act() -> None:
    text = "Garden waste (brown bins) will be collected on Saturday 27 December 2031, not the usual Friday.\n"
    assert _days(text) == {("Garden waste collected", "2031-12-27")}


def test_each_line_of_a_change_list_keeps_its_act() -> None:
    text = ("Christmas week:\n"
            "Recycling will be collected on Tuesday 30 December 2031, not the usual Monday\n"
            "Garden waste (brown bins) will be collected on Wednesday 31 December 2031, not the usual Tuesday\n")
    assert _days(text) == {("Recycling collected", "2031-12-30"), ("Garden waste collected", "2031-12-31")}
