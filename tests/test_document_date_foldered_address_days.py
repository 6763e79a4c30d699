"""A news address that files its story in folders of the year, the month in words and the day
("/travel/2031/mar/22/..."): the page's day, as "/2031/03/22/" is, even when the text names a
past month ("a muddled start in June 2029") that a tense reading would date the page from."""
# Provenance: session 47, R60 class 1 (a page whose address carries its day took a past month instead).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2032, 1, 10)
TEXT = ("Ferry users told to check sailings before the new winter schedule\n\n"
        "Operators have pledged steadier crossings after a muddled start in June 2029 left many stranded.\n\n"
        "Changes from 24 March include a late boat to Kerrow and more Monday crossings.\n")


def _run(url: str):
    return process_document(Document("page.md", TEXT, url=url), Options(today=BUILD_DAY))


def test_a_year_month_word_and_day_in_folders_is_the_filing_day():
    result = _run("https://news.example.co.uk/travel/2031/mar/22/ferry-users-told-to-check-sailings")
    assert result.reference.value == date(2031, 3, 22)
    assert "/2031/mar/22/" in result.reference.reason


def test_the_month_word_may_be_written_whole():
    result = _run("https://news.example.co.uk/travel/2031/march/22/ferry-users-told-to-check-sailings")
    assert result.reference.value == date(2031, 3, 22)


def test_an_impossible_day_in_the_folders_dates_nothing():
    result = _run("https://news.example.co.uk/travel/2031/feb/30/ferry-users-told-to-check-sailings")
    assert result.reference.value != date(2031, 3, 2)
    assert "/2031/feb/30/" not in result.reference.reason
