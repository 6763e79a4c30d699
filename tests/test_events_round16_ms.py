"""Round-15 classes C5, C7 and C12: plan milestones written as noun phrases, a report's topic
noun taken for the entry's kind, and deadlines in prose with wordings the cue tables lacked.
Every document here is written for the test (no page's wording)."""

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
