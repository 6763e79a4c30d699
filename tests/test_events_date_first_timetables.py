"""A timetable flattened with the date cell first and its task on the next
line. Each date is named by the line below it, not by the previous row's task above it; and
the mirror: labels each over their date (blank lines between, or a remark after the list) name
the date below them, not the one above."""
# Provenance: Round-15 class C2.

from __future__ import annotations

from datetime import date

import pytest

from calfeed.model import Document
from calfeed.pipeline import process_document

DAY = date(2024, 11, 10)


def tagged_events(text: str, published: date):
    """The events a build writes for ``text`` (the pipeline, as the CLI runs it)."""
    return process_document(Document(path="doc.txt", text=text, published=published)).events

DOWNWARD = {
    "column header, blank lines between cells": (
        "Review of the Parking Strategy\n\nProgramme timetable\n\nStage\n\n"
        "March 2025 - May 2025\n\nScoping and evidence gathering\n\n"
        "June 2025\n\nPublic consultation on draft proposals\n\n"
        "September - October 2025\n\nConsideration of responses\n\n"
        "December 2025\n\nFinal decision by Cabinet\n",
        {(2025, 3): "Scoping and evidence gathering", (2025, 6): "Public consultation on draft proposals",
         (2025, 9): "Consideration of responses", (2025, 12): "Final decision by Cabinet"}),
    "key dates title, no blank lines": (
        "Library refurbishment: key dates\n\nJanuary 2025\nLibrary closes to the public\n"
        "February - April 2025\nBuilding works\nMay 2025\nReopening event and open day\n",
        {(2025, 1): "Library closes to the public", (2025, 2): "Building works",
         (2025, 5): "Reopening event and open day"}),
    "a column header, seasons and a year": (
        "Consultation timetable\n\nThe council expects to follow this timetable.\n\nDate | Milestone\n\n"
        "Spring 2025\nEvidence base published\nSummer 2025\nDraft plan consultation (six weeks)\n"
        "Winter 2025\nSubmission to the Secretary of State\n2026\nExamination in public\n",
        {(2025, 3): "Evidence base published", (2025, 6): "Draft plan consultation (six weeks)",
         (2025, 12): "Submission to the Secretary of State", (2026, 1): "Examination in public"}),
}


@pytest.mark.parametrize("text, wanted", DOWNWARD.values(), ids=DOWNWARD.keys())
def test_a_date_first_timetable_names_each_date_by_the_line_below(text, wanted):
    got = {(e.start.year, e.start.month): e.title for e in tagged_events(text, published=DAY)}
    assert got == wanted




UPWARD = {
    "blank lines between label and date": (
        "Key dates\n\nApplications open\n\n1 February 2025\n\nApplications close\n\n28 February 2025\n\n"
        "Interviews\n\n10 March 2025\n",
        {(2, 28): "Applications close", (3, 10): "Interviews"}),
    "a closing remark after the last date": (
        "Key dates\nApplications open\n1 February 2025\nApplications close\n28 February 2025\nInterviews\n"
        "10 March 2025\nFor questions about the scheme, write to the programme office; we answer every "
        "message within a week of receiving it.\n",
        {(2, 28): "Applications close", (3, 10): "Interviews"}),
    "club calendar with a remark": (
        "Club calendar\n\nMembers' quiz night\n\n14 March 2025\n\nAnnual dinner\n\n25 April 2025\n\n"
        "Garden party\n\n21 June 2025\n\nAll members and their guests are welcome at every one of these.\n",
        {(3, 14): "Members' quiz night", (4, 25): "Annual dinner", (6, 21): "Garden party"}),
}


@pytest.mark.parametrize("text, wanted", UPWARD.values(), ids=UPWARD.keys())
def test_labels_each_over_their_date_name_the_date_below_them(text, wanted):
    got = {(e.start.month, e.start.day): e.title for e in tagged_events(text, published=DAY)}
    assert {day: got.get(day) for day in wanted} == wanted
