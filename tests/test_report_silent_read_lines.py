"""A day written on a line another entry was read from is still listed as silent when no entry or
report item quotes it and no entry's days hold it: "The assembly will be dissolved on 3 March and the
hearing of candidates is set for 20 March" gave the first day and dropped the second without a word."""

from __future__ import annotations

from calfeed.pipeline import Options, process_document
from calfeed.report.silent import silent_dates
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY


def _silent(text: str, published: str) -> list[str]:
    page = f"---\npublished: {published}\n---\n{text}\n"
    return [s.expr for s in silent_dates(process_document(parse_document(page.encode(), "page.txt"),
                                                          Options(today=BUILD_DAY)))]


def test_a_day_beside_an_entry_that_nothing_holds_is_listed():
    found = _silent("The assembly of Varnholm will be dissolved on Monday, March 3, 2031, and the list of "
                    "candidates shall then stand for a month from March 20, 2031 onwards.", "2031-03-01")
    assert "March 20, 2031" in " ".join(found) or any("March 20" in f for f in found)


def test_a_day_an_entry_holds_is_not_listed():
    found = _silent("The Harbour Fair runs from 12 June 2031 to 15 June 2031, and on 13 June 2031 the boats "
                    "race in the bay.", "2031-05-01")
    assert not any("13 June" in f for f in found)
