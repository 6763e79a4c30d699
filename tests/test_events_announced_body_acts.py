"""What a body says it will do, dated loosely or exactly ("The trust will launch the new booking
site early next year", "The regulator will decide on the merger in February"): a milestone named
by the act and what it acts on, approximate when its time is. The noun a verb shares ("launch")
is the verb after a modal; a hedge, a denial or a condition before the act leaves no entry.
Every document here is written for the test (no page's wording)."""
# Provenance: session 22, class O (organisations' announced acts with vague times).

from __future__ import annotations

from datetime import date

import pytest

from calfeed.model import Document
from calfeed.pipeline import process_document

DAY = date(2026, 10, 5)


def entries(sentence: str) -> list[tuple[str, str, str, str]]:
    text = f"Harbour Trust news\n\n{sentence}\n"
    events = process_document(Document(path="doc.txt", text=text, published=DAY)).events
    return [(e.kind, e.title, e.precision, e.start.strftime("%Y-%m")) for e in events]


@pytest.mark.parametrize("sentence, title, month", [
    ("The trust will launch the new booking site early next year.", "Launch of the new booking site", "2027-01"),
    ("The trust will launch the new booking site in March.", "Launch of the new booking site", "2027-03"),
    ("The ministry is set to introduce the mooring levy in April.", "Introduction of the mooring levy", "2027-04"),
    ("The ministry plans to introduce the mooring levy in April.", "Introduction of the mooring levy", "2027-04"),
    ("The regulator will decide on the ferry merger in February.", "Decision on the ferry merger", "2027-02"),
    ("The trust will complete the pier survey by mid-2027.", "Completion of the pier survey", "2027-05"),
])
def test_a_body_s_loosely_dated_act_is_an_approximate_milestone(sentence, title, month):
    assert entries(sentence) == [("milestone", title, "approximate", month)]


def test_an_exactly_dated_act_is_named_by_what_it_acts_on():
    assert entries("The trust will launch the new booking site on 3 March.") == [
        ("milestone", "Launch of the new booking site", "exact", "2027-03")]


def test_an_act_by_a_day_is_the_body_s_milestone_not_a_deadline():
    assert entries("The trust will launch the new booking site by 3 March.") == [
        ("milestone", "Launch of the new booking site", "exact", "2027-03")]


def test_the_reader_s_own_act_by_a_day_stays_a_deadline():
    assert entries("You will complete the berth form by 3 March.") == [
        ("deadline", "Deadline for you to complete the berth form", "exact", "2027-03")]


@pytest.mark.parametrize("sentence, title", [
    ("Candidates will complete the entry form by 3 March.", "Deadline for candidates to complete the entry form"),
    ("Participants will complete the safety course by 3 March.",
     "Deadline for participants to complete the safety course"),
    ("Trainees will complete the safety course by 3 March.", "Deadline for trainees"),
    ("Members of the trust will complete the berth form by 3 March.", "Deadline for members to complete the berth form"),
])
def test_people_the_page_addresses_are_no_body_and_keep_their_deadline(sentence, title):
    assert entries(sentence) == [("deadline", title, "exact", "2027-03")]


@pytest.mark.parametrize("sentence", [
    "The Harbour Trust will complete the pier survey by 3 March.",
    "The district council will complete the pier survey by 3 March.",
    "PierCo Ltd will complete the pier survey by 3 March.",
])
def test_a_named_body_or_a_body_noun_makes_the_act_a_milestone(sentence):
    assert entries(sentence) == [("milestone", "Completion of the pier survey", "exact", "2027-03")]


@pytest.mark.parametrize("sentence", [
    "The trust will not launch the new booking site in March.",
    "The trust could launch the new booking site in March.",
    "If the grant is approved, the trust will launch the new booking site in May.",
])
def test_a_denied_hedged_or_conditional_act_gives_no_entry(sentence):
    assert entries(sentence) == []
