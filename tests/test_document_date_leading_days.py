"""Days told ahead without a year that lead up to a day the page writes with its year: the page
was written before them, not a year after (class U, reference dates of undated pages)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

from document_date_helpers import reference_day as _reference


def test_yearless_exam_days_before_a_dated_result_put_the_page_before_them():
    text = ("The county board said on Monday that the written papers will start on March 3 and close on "
            "April 14. Marks will be published by the second week of July 2031, the board added.")
    value = _reference(text)
    assert date(2030, 12, 1) <= value < date(2031, 3, 3)


def test_a_yearless_day_nearer_after_the_dated_day_still_follows_it():
    text = ("The new ferry service will begin on 10 January 2031. A second boat will join the route "
            "on March 20.")
    value = _reference(text)
    assert value < date(2031, 1, 10)
    assert value >= date(2030, 10, 1)     # not moved back to a March a year before the first crossing


def test_a_weekday_fixes_its_own_year_and_is_left_alone():
    text = ("Entries will close on Friday, February 7. The awards will be presented on 20 June 2031.")
    value = _reference(text)
    assert value < date(2031, 6, 20)


def _found(text: str):
    doc = Document(path="doc.txt", text=text)
    return infer_reference_date(doc, tag(text, None), today=date(2026, 12, 1))


def test_an_authors_since_year_does_not_date_an_untensed_event_post():
    text = ("Planting bee at Orchard Lane\n\nLocation: Orchard Lane community plots\nTime: September 12 9am-1pm\n"
            "Description: Plant out the new beds at Orchard Lane. Lunch at 12 noon for all helpers.\n\n"
            "About tomas\n\nInvolved with the Orchard Lane Residents Association since 2003\n"
            "This entry was posted in Gardens.\n")
    found = _found(text)
    assert found.value is not None and found.value.year >= 2026    # no year from the biography line
    assert found.build_year or found.value == date(2026, 12, 1)


def test_a_past_year_still_bounds_a_report_of_days_gone_by():
    text = ("The group was founded in 2003. The planting bee was held on September 12 and forty "
            "neighbours came.")
    found = _found(text)
    assert found.value is not None and found.value >= date(2003, 1, 1)
