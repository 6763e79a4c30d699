"""A change that holds from a day the sentence fronts ("From 2 February 2027 the new parking
permit applies to every street", "As of 1 March, swimming lessons will cost 8 pounds"): a milestone on
that day, named by the change. A past tense, a condition, a negation, a bound ("until") or a
pronoun subject leaves no entry. Every document here is written for the test (no page's wording)."""
# Provenance: session 22, class O (organisations' fronted effective dates).

from __future__ import annotations

from datetime import date

import pytest

from calfeed.model import Document
from calfeed.pipeline import process_document

DAY = date(2026, 10, 5)


def entries(sentence: str) -> list[tuple[str, str, str]]:
    text = f"Parish council notice\n\n{sentence}\n"
    events = process_document(Document(path="doc.txt", text=text, published=DAY)).events
    return [(e.kind, e.title, e.start.isoformat()[:10]) for e in events]


@pytest.mark.parametrize("sentence, title, day", [
    ("From 2 February 2027 the new parking permit applies to every street.",
     "New parking permit applies to every street", "2027-02-02"),
    ("As of 1 March, swimming lessons will cost 8 pounds.", "Swimming lessons will cost 8 pounds", "2027-03-01"),
    ("With effect from 4 January, the parish office moves to the old school.",
     "Parish office moves to the old school", "2027-01-04"),
])
def test_a_fronted_day_dates_the_change_after_it(sentence, title, day):
    assert entries(sentence) == [("milestone", title, day)]


@pytest.mark.parametrize("sentence", [
    "From 2 February 2027 the new parking permit will not apply to residents.",
    "From 2 February 2027, if the budget allows, the bus will run every hour.",
    "From 2 February 2027 until the works end, the car park is closed.",
    "As of 1 March, you will need to book online.",
])
def test_a_denied_conditional_bounded_or_pronoun_change_gives_no_milestone(sentence):
    assert not any(kind == "milestone" for kind, _, _ in entries(sentence))


def test_a_headline_dates_the_change_it_names():
    """"New opening hours from 2 February": the hours change (a milestone named by the headline);
    nothing "opens" that day."""
    assert entries("New library hours from 2 February 2027") == [("milestone", "New library hours", "2027-02-02")]
    assert entries("New opening hours from 2 February 2027") == [("milestone", "New opening hours", "2027-02-02")]


def test_a_schedule_verb_s_act_noun_names_what_starts():
    """"will start the assessment of allotments from ...": the act is what starts, not the council."""
    assert entries("The council will start the assessment of allotments from 2 February 2027.") == [
        ("event", "Assessment of allotments starts", "2027-02-02")]
