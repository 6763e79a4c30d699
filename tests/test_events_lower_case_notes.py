"""Village newsletters typed in lower case still name their days.

"crib service on sat 24th Dec at 3.30pm": the weekday abbreviation doubles as the past of "sit",
so a reader that took it for a verb put the whole sentence in the past and dropped it; marked by
its ordinal day it is the weekday, and the service is an entry.
"""
# Provenance: session 24 recall audit of the development pages (a parish newsletter).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> set[tuple[str, str]]:
    result = process_document(Document(path="news.txt", text=text, published=date(2031, 11, 20)),
                              Options(today=date(2031, 11, 20)))
    return {(e.title, str(e.start)[:16]) for e in result.events}


def test_a_lower_case_weekday_before_an_ordinal_day() -> None:
    got = _entries("Parish news\n\nThere is a lovely nativity service on sat 20th Dec at 3.30pm, "
                   "come along and bring the children.\n")
    assert ("Lovely nativity service", "2031-12-20 15:30") in got


def test_a_lower_case_month_beside_its_day() -> None:
    got = _entries("Parish news\n\nThe bake sale will be held on 6th dec in the hall.\n")
    assert ("Bake sale", "2031-12-06") in got
