"""A list's introducing verb and a sentence adverb are no part of an event's name."""
# Provenance: Round-12 titles.

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import tagged_events


def _titles(text: str) -> list[str]:
    return [e.title for e in tagged_events(text, published=date(2025, 4, 20))]


@pytest.mark.parametrize("text, title", [
    ("Upcoming Storytimes include Watermelon Storytime at 11 a.m. on Tuesday, April 29 at the North Adams Library.",
     "Watermelon Storytime"),
    ("This season's concerts featuring Spring Gala Concert on Saturday, May 3 at 7pm.", "Spring Gala Concert"),
])
def test_a_list_verb_ends_the_name(text, title):
    assert _titles(text) == [title]


@pytest.mark.parametrize("opener", ["Thereafter", "However", "Meanwhile", "In addition"])
def test_a_sentence_adverb_is_no_subject(opener):
    text = f"{opener}, sealed bids will be received at the office until 2:00 p.m. on July 10, 2025."
    assert _titles(text) == ["Receipt of sealed bids"]


@pytest.mark.parametrize("text, title", [
    ("Join us for a parish BBQ on Sunday 25 February at 1pm.", "Parish BBQ"),
    ("Bible Study continues on Tuesday 20 February at 7.30pm in the hall.", "Bible Study"),
    ("The PLT planning day is on Saturday 24 February.", "PLT planning day"),
])
def test_parish_newsletter_nouns_name_events(text, title):
    assert [e.title for e in tagged_events(text, published=date(2024, 2, 16))] == [title]


def test_a_clause_of_purpose_is_no_subject():
    text = ("For a paper to appear in the schedule, at least one author must register and pay their "
            "registration fee by June 1, 2025.")
    assert [e.title for e in tagged_events(text, published=date(2025, 1, 20))] == ["Registration"]
