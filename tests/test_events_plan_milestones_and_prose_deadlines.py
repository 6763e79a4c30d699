"""Plan milestones written as noun phrases, a report's topic
noun taken for the entry's kind, and deadlines in prose with wordings the cue tables lacked.
Every document here is written for the test (no page's wording)."""
# Provenance: Round-15 classes C5, C7 and C12.

from __future__ import annotations

from datetime import date

import pytest

from calfeed.model import Document
from calfeed.pipeline import process_document

DAY = date(2024, 12, 1)


def tagged_events(text: str, published: date = DAY):
    """The events a build writes for ``text`` (the pipeline, as the CLI runs it)."""
    return process_document(Document(path="doc.txt", text=text, published=published)).events


def by_month(text: str) -> dict[tuple[int, int], tuple[str, str]]:
    return {(e.start.year, e.start.month): (e.kind, e.title) for e in tagged_events(text)}


MASTERPLAN = (
    "Harbour Masterplan: programme\n"
    "The masterplan will be prepared in four steps.\n"
    "- January – March 2025: Drafting of Vision Document\n"
    "- April 2025: Officer Summary of Submissions\n"
    "- May 2025: Scrutiny of Officer Report by Harbour Board\n"
    "- Summer 2025: Publication of Final Masterplan\n"
    "- September 2025: Adoption\n"
    "- 14 October 2025: Jan van der Berg\n")


def test_a_plan_step_in_title_case_is_a_milestone_and_a_name_is_none():
    got = by_month(MASTERPLAN)
    assert got == {
        (2025, 1): ("milestone", "Drafting of Vision Document"),
        (2025, 4): ("milestone", "Officer Summary of Submissions"),
        (2025, 5): ("milestone", "Scrutiny of Officer Report by Harbour Board"),
        (2025, 6): ("milestone", "Publication of Final Masterplan"),
        (2025, 9): ("milestone", "Adoption"),
    }
    assert all(e.precision == "approximate" for e in tagged_events(MASTERPLAN))


@pytest.mark.parametrize("line, title", [
    ("- 3 March 2025: Report on the Consultation to Cabinet", "Report on the Consultation to Cabinet"),
    ("- 3 March 2025: Analysis of Applications received", "Analysis of Applications received"),
    ("- 3 March 2025: Director's Report on Submissions", "Director's Report on Submissions"),
])
def test_the_topic_of_a_report_sets_no_kind(line, title):
    """"Report on Submissions" is a report, no submission deadline; "Report on the
    Consultation" no consultation."""
    events = tagged_events("Committee cycle\n" + line + "\n")
    assert [(e.kind, e.title) for e in events] == [("milestone", title)]


def test_report_as_a_verb_keeps_its_object_event():
    """"will report on the launch of ...": "report" is the verb; the launch is the entry."""
    events = tagged_events("The working group will report on the launch of the Clean Rivers Programme "
                           "on 3 March 2025 in Leeds.")
    assert any(e.title.startswith("Launch of the Clean Rivers Programme") for e in events)


@pytest.mark.parametrize("sentence, day", [
    ("Written representations can be submitted through March 14, 2025.", (2025, 3, 14)),
    ("Objections may be lodged through 21 February 2025 at the planning office.", (2025, 2, 21)),
    ("Proposals may be uploaded through 5:00 p.m. on March 3, 2025.", (2025, 3, 3)),
    ("The call for nominations remains open through 14 March 2025.", (2025, 3, 14)),
])
def test_what_can_be_handed_in_through_a_day_is_due_then(sentence, day):
    events = tagged_events("Notice\n" + sentence + "\n")
    assert [(e.kind, (e.start.year, e.start.month, e.start.day)) for e in events] == [("deadline", day)]


@pytest.mark.parametrize("sentence, title, approximate", [
    ("Grant agreements and first payments will be available by 1 August 2025.",
     "Grant agreements and first payments available", False),
    ("Access to the booking system will be available from early May 2025 on our website.",
     "Access to the booking system available", True),
])
def test_what_becomes_available_is_a_milestone(sentence, title, approximate):
    """The organiser's 'available by' is no deadline for the reader; what becomes available
    from a day, with no event noun, is the plan's milestone."""
    events = tagged_events("Programme update\n" + sentence + "\n")
    assert [(e.kind, e.title, e.precision == "approximate") for e in events] == [("milestone", title, approximate)]


@pytest.mark.parametrize("sentence, kind", [
    ("Submission of the revised transport plan is scheduled for the end of March 2025.", "milestone"),
    ("Submission of the revised transport plan is timetabled for May 2025.", "milestone"),
    ("Abstract submission is due on 5 May 2025.", "deadline"),
])
def test_a_scheduled_submission_is_a_step_of_the_plan(sentence, kind):
    """What a timetable says is scheduled is the plan's step; 'due' still makes a deadline."""
    events = tagged_events("Timetable\n" + sentence + "\n")
    assert [e.kind for e in events] == [kind]
