"""Dating a document with no date of its own: untensed rows above a future one look ahead, a
clocked last line times a talk, a signature's date alone on the last line dates the notice."""
# Provenance: Round-8 red-team classes.

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


def test_a_last_line_with_a_clock_times_a_talk_and_does_not_date_the_page():
    ref = _reference("Public Lecture Series\n\nNuts and Lightning Bolts\n\nDr Peter Garraghan\n\n"
                     "7pm, Tuesday 14th November 2017\n", path="a.txt")
    assert "foot" not in ref.reason
    assert ref.value == date(2017, 11, 14) - timedelta(weeks=8)


def test_a_signature_s_date_alone_on_the_last_line_still_dates_the_notice():
    ref = _reference("The council will meet on 12 February 2027 at the town hall.\n\nJane Smith\nClerk to the Council\n"
                     "4 January 2027\n", path="a.txt")
    assert (ref.value, ref.inferred) == (date(2027, 1, 4), False)
