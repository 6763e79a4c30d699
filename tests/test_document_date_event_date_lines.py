"""The event's own date line is not the document's date."""
# Provenance: Round-10b red-team classes.

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import process_document


def _result(text: str, path: str = "a.txt"):
    return process_document(Document(path, text))


def test_a_time_and_date_label_times_the_hearing_and_does_not_date_the_notice():
    result = _result("HOUSE OF REPRESENTATIVES NOTICE OF PUBLIC HEARING |\n"
                     "COMMITTEE: House Administration TIME & DATE: 9:00 AM, Monday, December 9, 2024 PLACE: E2.010 |\n"
                     "The Committee is meeting for the sole purpose of hearing invited testimony.\n"
                     "Members are reminded to submit their proposals via email by Tuesday, December 3rd, to the clerk.\n")
    assert "heading" not in result.reference.reason
    assert result.reference.value < date(2024, 12, 3)
    starts = {e.start for e in result.events}
    assert datetime(2024, 12, 9, 9, 0) in starts
    assert [e.kind for e in result.events if e.start == date(2024, 12, 3)] == ["deadline"]


def test_date_lines_of_a_key_dates_list_are_each_an_event_s_not_the_page_s():
    result = _result("22 November 2021 → 31 January 2022\n\nFirst public consultation\n\n"
                     "Let us know your thoughts on the proposals.\n\n18 May 2022\n\nReport to Full Council\n\n"
                     "Recommendations are presented to Full Council.\n\n17 October 2022\n\nFinal report to Full Council\n")
    assert "heading" not in result.reference.reason
    assert date(2022, 5, 18) in {e.start for e in result.events}


def test_a_key_dates_widget_s_first_line_is_its_opening_day():
    result = _result("03 March 2025\n\nENTRIES OPEN - SEND YOURS ANY TIME\n\n14 April 2025\n\n"
                     "FOR ENTRIES RECEIVED BEFORE THIS DATE\n\n"
                     "Entries received up to midnight the 14 April will be judged at the panel on 19 May 2025.\n")
    assert "heading" not in result.reference.reason
    starts = {e.start.date() if isinstance(e.start, datetime) else e.start for e in result.events}
    assert {date(2025, 3, 3), date(2025, 4, 14)} <= starts     # 14 April: the caption's row folded into the 23:59 deadline


def test_a_date_alone_over_a_headline_still_dates_the_page():
    result = _result("14 October 2026\n\nCouncil approves the new budget\n\n"
                     "The council approved the budget, which will take effect on 1 January 2027.\n")
    assert (result.reference.value, result.reference.inferred) == (date(2026, 10, 14), False)
