"""Class H (round 30): a bare year that bounds the records a page keeps ("minutes prior to 1998",
"files before 2009 are held at the county archive") says which records are elsewhere, not when
the page was written: it must not date an undated page before that year."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = date(2026, 11, 30)


def _result(text: str):
    return process_document(Document("a.txt", text), Options(today=TODAY))


def test_records_prior_to_a_year_do_not_date_the_page():
    text = ("Board papers\n\nThe Parish Board meets on the first Wednesday of every month at 7.30pm.\n\n"
            "For board papers or minutes prior to 2004, please contact the parish office.")
    result = _result(text)
    assert result.reference.value.year >= 2004
    assert all(e.start.year >= 2004 for e in result.events)


def test_files_before_a_year_held_elsewhere_are_no_writing_date():
    text = "Planning files before 2009 are held at the county archive. The next hearing is on 14 March."
    assert _result(text).reference.value.year > 2009


def test_a_year_after_before_with_no_record_noun_still_bounds_the_page():
    text = "The bridge will reopen before 2031, the council says. The next hearing is on 14 March."
    result = _result(text)
    assert result.reference.value.year <= 2031 and "2031" in result.reference.reason
