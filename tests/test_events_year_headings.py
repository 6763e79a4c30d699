"""A heading that opens with a year
names the page's year only when what follows names a list of the year's days ("2031 Events"),
not a look back or a plan ("2019 Highlights", "2030 Agenda for ..."); and the reason for a year
the weekdays chose says which evidence chose it."""
# Provenance: Review 15 (events part), items 2 and 6, in our own wording.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _days(result) -> dict[str, str]:
    return {str(e.start)[:10]: e.precision for e in result.events}


def test_a_year_of_highlights_is_no_year_for_the_days_below():
    result = _run("2019 Highlights\n\nOur next open evening is on Thursday, May 14.\n")
    assert not any(day.startswith("2019") for day in _days(result)), (_days(result), result.reference.reason)


def test_a_year_of_a_season_s_highlights_is_no_year_for_the_days_below():
    result = _run("2019 Season Highlights\n\nOur next open evening is on Thursday, May 14.\n")
    assert not any(day.startswith("2019") for day in _days(result)), (_days(result), result.reference.reason)


def test_a_year_a_plan_is_named_for_is_no_year_for_the_days_below():
    result = _run("2030 Agenda for Sustainable Development\n\nThe working group meets on Tuesday, March 4.\n")
    days = _days(result)
    assert not any(day.startswith("2030") for day in days), (days, result.reference.reason)


def test_a_year_before_a_season_s_programme_still_dates_the_days_below():
    text = ("Riverside Theatre\n\n2031 Summer Programme\n\n"
            "12 April: opening night of the spring comedy.\n"
            "17 May: the youth company's showcase.\n")
    days = _days(_run(text, title="Riverside Theatre"))
    assert "2031-04-12" in days and "2031-05-17" in days, days


def test_a_weekday_year_chosen_by_the_year_the_text_writes_says_so():
    # Saturday 14 December: 2019 and 2024, both before the 2025 the text writes.
    reason = _run("Founded in 2025.\n\nSaturday, December 14: carol concert in the hall.\n").reference.reason
    assert "nearest such year to the build" not in reason and "(2025)" in reason, reason
