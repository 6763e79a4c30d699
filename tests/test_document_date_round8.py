"""Round-8 red-team classes in dating a document with no date of its own."""

from __future__ import annotations

from datetime import date, timedelta

from calfeed.model import Document
from calfeed.pipeline import process_document


def _reference(text: str, path: str = "a.md"):
    return process_document(Document(path, text)).reference


def test_dated_rows_with_no_tense_above_a_future_one_are_announced_too():
    # a call's planning table: the first row, not the project start months later, bounds the document
    ref = _reference("| Step | Date |\n|---|---|\n| Publication of call | 04 May 2012 |\n"
                     "| Deadline for submission | 14 June 2012 |\n| The project will start | January 2013 |\n")
    assert ref.value == date(2012, 5, 4) - timedelta(weeks=8)


def test_a_day_with_no_tense_written_after_the_future_date_looks_back():
    ref = _reference("The General Assembly will take place on 15 May 2027 in Evora.\n\n"
                     "Agenda: approval of the minutes of the General Assembly of 27 April 2026.\n")
    assert ref.value == date(2027, 5, 15) - timedelta(weeks=8)
