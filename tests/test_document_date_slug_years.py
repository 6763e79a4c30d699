"""A year written as one word of a page's address slug dates an undated page that writes no year
of its own (class U, reference dates of undated pages)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date
from calfeed.timex.edition_years import _in_address

TEXT = ("The regional board will hold the written papers from March 2 to April 9. Practical tests "
        "will be held earlier. Marks will be released by the second week of June.")


def _reference(url: str | None, text: str = TEXT) -> date:
    doc = Document(path="doc.txt", text=text, url=url)
    return infer_reference_date(doc, tag(text, None), today=date(2026, 12, 1)).value


def test_a_slug_year_puts_the_yearless_days_in_that_year():
    value = _reference("https://news.example.org/schools/board-papers-timetable-2031-released-8812345")
    assert date(2030, 12, 1) <= value < date(2031, 3, 2)


def test_without_the_slug_year_the_page_stays_counted_from_the_build():
    assert _reference("https://news.example.org/schools/board-papers-timetable-released-8812345") >= date(2026, 12, 1)


def test_slug_years_that_are_no_year_of_the_page():
    for url in ("https://example.org/annual-report-2019/", "https://example.org/vision-2030-plan",
                "https://example.org/agenda-2030-goals", "https://example.org/round-2-2023-2024/dates",
                "https://example.org/opens-on-march-15-2031/news", "https://example.org/2019-season-highlights",
                "https://example.org/members-since-2004"):
        assert _in_address(url) == [], url


def test_slug_years_of_the_page():
    assert [e.year for e in _in_address("https://example.org/harvest-fair-2018/")] == [2018]
    assert [e.year for e in _in_address("https://example.org/2018-harvest-fair-programme")] == [2018]


def test_a_dated_path_is_left_to_the_address_date():
    assert _in_address("https://example.org/2020/08/27/2020-harvest-fair/") == []


def test_a_month_before_the_slug_year_is_a_filing_month():
    assert _in_address("https://example.org/parish-letter-november-2029/") == []
    assert _in_address("https://example.org/letters-june-2029-and-july-2029/") == []
