"""A page whose title names its year ("2031 Kite Festival") and whose address names its day
("/2031/05/02/"): the address is the day the page went out, so "opens tomorrow" counts from it
instead of staying unresolved beside a day guessed weeks ahead of the year-less days. The
address decides only when its day lies in the named year and breaks no tense told of a full date."""
# Provenance: session 59, R72 class 1 (an address's day passed over for a title's year; a
# "kicks off tomorrow" left unresolved).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2035, 12, 1)
TEXT = ("2031 Kite Festival\n\n"
        "The Kite Festival begins tomorrow at the seafront with a program of kites and music. "
        "The night flights will take place on the 9th and 10th of May near the pier.\n")


def _run(url: str, text: str = TEXT):
    return process_document(Document("page.md", text, title="2031 Kite Festival", url=url),
                            Options(today=BUILD_DAY))


def _starts(result) -> set[date]:
    return {e.start if type(e.start) is date else e.start.date() for e in result.events}


def test_the_address_day_in_the_named_year_is_the_page_day():
    result = _run("https://kites.example.org/2031/05/02/2031-kite-festival/")
    assert result.reference.value == date(2031, 5, 2)
    assert "/2031/05/02/" in result.reference.reason
    assert date(2031, 5, 3) in _starts(result)          # "tomorrow"
    assert not [u for u in result.unresolved if u.expr == "tomorrow"]


def test_an_address_day_in_another_year_leaves_the_named_year():
    result = _run("https://kites.example.org/2029/05/02/2031-kite-festival/")
    assert result.reference.value.year == 2031


def test_an_address_day_that_breaks_a_told_date_leaves_the_named_year():
    text = TEXT + "The trial flight was held on 20 May 2031 at the pier.\n"
    result = _run("https://kites.example.org/2031/05/02/2031-kite-festival/", text)
    assert result.reference.value != date(2031, 5, 2)


def test_without_a_day_counted_from_the_page_the_edition_dates_it():
    text = TEXT.replace("begins tomorrow", "begins on the 3rd of May")
    result = _run("https://kites.example.org/2031/05/02/2031-kite-festival/", text)
    assert "/2031/05/02/" not in result.reference.reason
