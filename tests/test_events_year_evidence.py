"""The year of a page that writes none is taken from all the evidence
its text holds, not only from weekdays written beside days: a weekly or monthly rule tells the
weekday of the days written on its line (its sessions, or the ones it skips), and words tied to
the years they were news in prefer those years among the ones the weekdays allow."""
# Provenance: Red team 18 (class C2).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = date(2026, 11, 30)


def _result(text: str):
    return process_document(Document("a.txt", text), Options(today=TODAY))


def _years(text: str) -> set[int]:
    return {e.start.year for e in _result(text).events}


def test_days_on_a_weekly_rules_line_fall_on_its_weekdays():
    # 12 and 14 March are a Tuesday and a Thursday in 2024 (and 2019), never in 2025 or 2026
    text = ("Knitting circle: every Tuesday and Thursday, 2-4 pm. There is no circle on March 12, and on March 14 "
            "we meet in the garden room. March 19 and March 21 are open sessions.")
    result = _result(text)
    assert result.reference.value.year == 2024
    assert "rule" in result.reference.reason
    assert {e.start.year for e in result.events} == {2024}


def test_a_monthly_rules_day_fits_its_nth_weekday():
    # 1 June and 6 July are the first Wednesdays of their months in 2022 (and 2016, 2011); one day
    # alone would fit a weekday in every seventh year, so it dates nothing (test_events_stray_cells_and_rule_years)
    result = _result("Garden club - June 1 and July 6 at 7 pm: we meet on the first Wednesday of every month.")
    assert result.reference.value.year == 2022


def test_days_that_cannot_all_fall_on_the_rule_do_not_date_the_page():
    # 3 and 5 March are never both Saturdays: the rule's line tells no year
    result = _result("The museum opens every Saturday. It will be closed March 3 and March 5 for repairs.")
    assert "rule" not in result.reference.reason


def test_an_era_word_picks_among_the_years_the_weekdays_fit():
    # Saturday 12 September: 2015, 2020 and 2026; only 2020 is a year of COVID-19 restrictions
    base = "The harvest fair will be held on Saturday 12 September on the village green."
    assert _years(base) == {2026}
    told = "Put off in spring because of COVID-19 restrictions, the harvest fair will be held on Saturday 12 September."
    result = _result(told)
    assert result.reference.value.year == 2020
    assert {e.start.year for e in result.events} == {2020}


def test_an_era_word_never_overrules_the_weekdays():
    # Friday 14 March fits 2025 only among recent years; the era word cannot move it to 2020-2022
    result = _result("Because of the coronavirus the choir had stopped. Its first concert is on Friday 14 March.")
    assert result.reference.value.year != 2021 and date(2025, 3, 14) in {e.start for e in result.events}


# Class C4: the page's date where the text gives it.

def test_a_figures_only_stamp_under_the_headline_dates_the_page_and_is_no_event():
    text = ("Notice of a special meeting of the parks board\n\nSupport local news\n\n 11/14/2023 - 09:40\n\n"
            "The parks board will hold a special meeting on Tuesday, November 21, 2023 at 7 p.m. in the annex.")
    result = _result(text)
    assert result.reference.value == date(2023, 11, 14)
    assert {e.start.date() if hasattr(e.start, "date") else e.start for e in result.events} == {date(2023, 11, 21)}


def test_a_year_in_brackets_after_a_statutes_name_is_no_page_date():
    text = ("Each stage must follow the Town and Country Planning (Neighbourhood Plans) Rules (2015).\n\n"
            "First draft\nExpected March 2026\n\nReferendum\nExpected Winter 2026")
    result = _result(text)
    assert result.reference.value.year >= 2025
    assert "2015" not in result.reference.reason


def test_today_named_as_a_weekday_dates_a_bulletin_by_its_weekday_days():
    # a year told ahead used to date the page 1 January; the Sunday before the first weekday day is its own
    text = ("Today is Harvest Sunday. The 2019 appeal letter is in the pews.\n"
            "Tuesday, October 8 is the parish council meeting at 7 p.m.\n"
            "The bake sale will be on Saturday, October 12.")
    result = _result(text)
    assert result.reference.value == date(2019, 10, 6)


def test_today_and_another_weekday_in_a_list_say_nothing_of_the_page_date():
    text = ("Volunteers are needed today and Sunday. The 2019 appeal letter is in the pews.\n"
            "Tuesday, October 8 is the parish council meeting at 7 p.m.")
    assert _result(text).reference.value != date(2019, 10, 6)
