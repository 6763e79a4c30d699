"""An address that files a page under a month named in another language ("/agosto-11-2018-regata",
"/11-aout-2018-...", "/noticias-agosto-2018"; address_months): the page is dated by it as by an
English month word, so its year-less days fall in that year, not in the build's (R73 class 1)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex.edition_years import address_date

BUILD_DAY = date(2026, 12, 6)


def _doc(url: str, text: str = "") -> Document:
    return Document("page.md", text, url=url)


def test_a_spanish_month_before_the_day_and_year_dates_the_page():
    assert address_date(_doc("https://example.org/agosto-11-2018-regata-del-puerto")) == (
        date(2018, 8, 11), date(2018, 8, 11), "agosto-11-2018")


def test_a_french_month_after_the_day_dates_the_page():
    assert address_date(_doc("https://example.org/actualites/11-aout-2018-fete-du-port")) == (
        date(2018, 8, 11), date(2018, 8, 11), "11-aout-2018")


def test_a_month_and_year_file_the_page_in_that_month():
    assert address_date(_doc("https://example.org/noticias-agosto-2018")) == (
        date(2018, 8, 1), date(2018, 8, 31), "agosto-2018")


def test_a_name_like_a_month_in_no_date_is_no_month():
    assert address_date(_doc("https://example.org/mars-2018-landing-story")) is None


def test_the_pages_year_less_day_falls_in_the_address_year():
    text = "The regatta sets sail from the harbour on Saturday August, 11 at 10 a.m.\n"
    result = process_document(_doc("https://example.org/agosto-11-2018-regata-del-puerto", text),
                              Options(today=BUILD_DAY))
    assert result.reference.value == date(2018, 8, 11)
    assert [e.start.isoformat() for e in result.events] == ["2018-08-11T10:00:00"]
