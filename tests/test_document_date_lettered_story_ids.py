"""A story's file named by a few letters of its section, its day and a serial of that day's
stories ("/articles/QK202003150042.html") dates a page that writes no year, as the same name
without the letters does (R62 class 1: a wire story whose only year was in such an id went to
the year after the build)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date
from calfeed.timex.edition_years import address_date


def _filed(url: str):
    return address_date(Document(path="doc.txt", text="", url=url))


def test_a_lettered_story_id_is_its_filing_day():
    assert _filed("https://paper.example/en/articles/QK202003150042.html")[:2] == (date(2020, 3, 15), date(2020, 3, 15))
    assert _filed("https://paper.example/en/articles/b202003150042")[:2] == (date(2020, 3, 15), date(2020, 3, 15))


def test_ids_that_are_no_day_and_serial_date_nothing():
    for url in ("https://paper.example/en/articles/ABCD202003150042.html",   # more letters than a section's mark
                "https://paper.example/en/articles/QK2020031500.html",       # no four-digit serial
                "https://paper.example/en/articles/QK202013150042.html",     # no such day
                "https://paper.example/en/articles/QK202003150042/photos"):  # not the file's whole name
        assert _filed(url) is None, url


def test_a_year_less_story_is_dated_from_its_lettered_id():
    text = "Ferry operators said on March 14 that all crossings will stop after 6 p.m. on March 16.\n"
    doc = Document(path="doc.md", text=text, url="https://paper.example/en/articles/QK202003150042.html")
    found = infer_reference_date(doc, tag(text, None), date(2026, 11, 29))
    assert found.value == date(2020, 3, 15)
