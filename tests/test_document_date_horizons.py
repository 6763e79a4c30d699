"""Round-11 red-team classes: a target year ahead ("net zero by 2050") and a year inside a law's
name ("Municipal Systems Act 32 of 2000") say nothing of when an undated text was written."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = date(2026, 11, 30)


def _result(text: str, published: date | None = None):
    return process_document(Document("a.txt", text, published=published), Options(today=TODAY))


def _starts(text: str, published: date | None = None) -> set:
    return {e.start for e in _result(text, published).events}


def test_a_target_year_after_by_does_not_date_the_strategy():
    result = _result("The strategy aims to cut emissions by 50% by 2030. Public consultation closes on March 31.")
    assert result.reference.value.year < 2030
    assert date(2027, 3, 31) in {e.start for e in result.events}
    assert "2030" in result.reference.reason      # said, so a reviewer sees it was weighed


def test_net_zero_by_2050_does_not_move_a_deadline_decades_ahead():
    assert date(2027, 3, 31) in _starts("The plan sets out the path to net zero by 2050. Submissions close on 31 March.")


def test_a_plan_that_runs_to_a_year_is_not_dated_in_it():
    assert date(2027, 3, 31) in _starts("Public consultation closes on March 31. The strategy runs to 2030.")


def test_a_vision_year_with_a_misread_verb_does_not_date_the_plan():
    # "embed" ends in -ed: read as a past participle, it made the text "written after 2047"
    result = _result("He wants the first draft ready by May 1. The PM asked the Finance Ministry to embed the first "
                     "steps for achieving the vision of Viksit Bharat by 2047. All departments must complete the "
                     "roadmap preparation by March 25.")
    assert result.reference.value.year < 2030
    assert all(e.start.year < 2030 for e in result.events)


def test_a_target_year_already_passed_still_dates_an_old_text():
    # the build-day reading breaks "by 2015": the target year is the only clue to the text's age
    result = _result("The strategy aims to cut emissions by 20% by 2015. Public consultation closes on March 31.")
    assert result.reference.value.year <= 2015


def test_a_law_s_number_and_year_do_not_date_a_yearless_notice():
    result = _result("In terms of Chapter 4 of the Local Government: Municipal Systems Act 32 of 2000, notice is "
                     "hereby given that the municipality will hold a public meeting on Monday 7 September at 16H00 "
                     "in the City Hall.")
    assert result.reference.value.year > 2020
    assert [e.start for e in result.events] == [datetime(2026, 9, 7, 16, 0)]


def test_a_law_s_year_after_a_comma_is_its_name():
    result = _result("Under the Companies Act, 2013, the annual general meeting will be held on Monday 7 September.")
    assert result.reference.value.year > 2020


def test_a_law_named_for_its_country_with_its_year_after_a_comma_is_its_name():
    # "<Statute> of <Name>, YEAR": the year names the charter, it does not date the notice
    result = _result("Under the Charter of Westland, 1998, the board will next meet on Monday 7 September.")
    assert result.reference.value.year > 2020
