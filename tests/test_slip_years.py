"""A full date whose written weekday falls on it only in the page's own year, one year on or
back from the year written, is that year's day: the year is the slip (round 33 class E, page 07)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document, ReferenceDate
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag
from calfeed.timex.slip_years import slipped_years


def _values(text: str, page: date) -> list[str]:
    timexes = tag(text, page)
    return [t.value for t in slipped_years(timexes, ReferenceDate(page, False, "given"))]


def test_a_weekday_that_fits_the_pages_year_mends_a_one_year_slip():
    # 14 May 2020 is a Thursday; 14 May 2019 a Tuesday
    assert _values("The council will sit again on Thursday 14th May 2019.", date(2020, 5, 2)) == ["2020-05-14"]


def test_a_weekday_that_holds_keeps_the_written_year():
    assert _values("The council sat on Tuesday 14th May 2019.", date(2020, 5, 2)) == ["2019-05-14"]


def test_a_weekday_fitting_no_year_next_to_the_page_is_left_alone():
    # 14 May 2016 is a Saturday: no one-year slip from 2020
    assert _values("The council will sit on Saturday 14th May 2016.", date(2020, 5, 2)) == ["2016-05-14"]


def test_a_slip_year_gives_the_pages_day_in_the_feed():
    text = ("Budget sitting moved\n\n"
            "The Speaker has announced that the House will not sit on Monday 11 May 2020 as planned.\n\n"
            "The House will reconvene for the budget meeting on Thursday 14th May 2019.\n")
    doc = Document(path="notice.txt", text=text, published=date(2020, 5, 2))
    days = [str(e.start) for e in process_document(doc, Options(today=date(2026, 12, 1))).events]
    assert days == ["2020-05-14"]


def test_a_weekday_before_a_day_s_hours_mends_the_slip():
    # 14 March 2027 is a Sunday; 14 March 2026 a Saturday
    assert _values("The plant will close on Sunday, March 14, 2026 from 8 am to 5 pm.", date(2027, 3, 10)) == [
        "2027-03-14T08:00"]


def test_the_same_full_date_without_its_weekday_is_the_same_slip():
    # (session 59, R72 class 1: a notice's copied year, written twice, once with the weekday)
    text = ("The water board has announced a supply cut on March 14, 2026 from 8 am to 5 pm.\n\n"
            "\"There will be no water on Sunday, March 14, 2026 from 8 am to 5 pm,\" the notice says.\n")
    assert _values(text, date(2027, 3, 10)) == ["2027-03-14T08:00", "2027-03-14T08:00"]


def test_a_date_written_alone_with_no_weekday_anywhere_keeps_its_year():
    text = "The water board has announced a supply cut on March 14, 2026 from 8 am to 5 pm.\n"
    assert _values(text, date(2027, 3, 10)) == ["2026-03-14T08:00"]


def test_a_run_of_days_is_not_mended():
    assert _values("The fair will run from Sunday, March 14, 2026 to Tuesday, March 16, 2026.",
                   date(2027, 3, 10))[0][:4] == "2026"
