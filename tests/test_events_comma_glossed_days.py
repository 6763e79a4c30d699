"""A relative day glossed after a comma with its weekday and date ("from tomorrow, Tuesday 14
September") is that written day, as a bracketed gloss is: on a page that writes no date of its own it
dates the page (the day before, for "tomorrow"), in the latest year before the build in which the
weekday fits, and gives no second entry on a day counted from a guessed page date."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY


def _undated(text: str):
    return process_document(parse_document(text.encode(), "page.txt"), Options(today=BUILD_DAY))


def test_tomorrow_glossed_after_a_comma_dates_the_page():
    result = _undated("# Tenancy webinar\n\nThe housing agency will run a free webinar on the new tenancy rules "
                      "from tomorrow, Tuesday 14 September, at 11am.\n")
    assert result.reference.value == date(2021, 9, 13)
    assert [e.start for e in result.events] == [datetime(2021, 9, 14, 11, 0)]


def test_today_glossed_after_a_comma():
    result = _undated("# Vaccination clinic\n\nA walk-in vaccination clinic opens today, Friday 3 September, "
                      "in the town hall.\n")
    assert result.reference.value == date(2021, 9, 3)
    assert [str(e.start)[:10] for e in result.events] == ["2021-09-03"]


def test_a_closure_from_tomorrow():
    result = _undated("# Coast road closure\n\nThe coast road will be closed from tomorrow, Monday 14 March, "
                      "while the sea wall is repaired.\n")
    assert result.reference.value == date(2022, 3, 13)
    assert all(str(e.start)[:10] == "2022-03-14" for e in result.events) and result.events


def test_a_comma_then_a_day_without_its_weekday_is_no_gloss():
    result = _undated("# Opening times\n\nThe shop is open today, 3 September and 10 September from 9am.\n")
    assert result.reference.value != date(2021, 9, 3)
