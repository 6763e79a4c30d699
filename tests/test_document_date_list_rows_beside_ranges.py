"""A term calendar whose rows each open with a day ("Tuesday 3rd March – Swimming gala"), some of
them with a span ("Monday 16th March – Friday 20th March – Break"): a row between two span rows is
a row of the dated list like its neighbours, not the page's dateline. Taken as the dateline, its
day dated the page and its own entry was lost (R75 class 1, a school's term list)."""
# Provenance: session 62, R75 class 1 (the first single-day row of a term list under spans).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 12, 6)
LIST = ("Calendar 2031-2032\n\n"
        "Term A: March - May 2031\n\n"
        "Monday 3rd March – Wednesday 5th March – Staff Planning Days\n\n"
        "Thursday 6th March – Lessons begin for pupils\n\n"
        "Monday 14th April – Friday 18th April - Spring Break\n\n"
        "Monday 21st April - Lessons resume\n")


def _result(text: str):
    return process_document(Document("page.md", text, url="https://example.org/calendar"), Options(today=BUILD_DAY))


def test_a_single_day_row_between_span_rows_is_no_dateline():
    result = _result(LIST)
    assert "dateline" not in result.reference.reason
    days = {(e.title, e.start) for e in result.events}
    assert ("Lessons begin for pupils", date(2031, 3, 6)) in days
    assert ("Lessons resume", date(2031, 4, 21)) in days


def test_a_dated_line_over_prose_is_still_the_dateline():
    story = ("March 6, 2031 – The school board met last night and agreed the new lesson hours.\n\n"
             "Lessons will begin at 8:40 from the first week of the next term.\n")
    result = _result(story)
    assert "dateline" in result.reference.reason and result.reference.value == date(2031, 3, 6)
