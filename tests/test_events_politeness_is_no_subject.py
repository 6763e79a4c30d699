"""A politeness mark opening a request is no one's name: "Please register by 1 April" is the
registration deadline, not 'Registration of please' (seen while fixing red team 44's requests)."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

PAGE = "---\npublished: 2027-02-01\n---\n"


def _titles(text: str) -> list[str]:
    result = process_document(parse_document((PAGE + text + "\n").encode(), "page.txt"),
                              Options(today=date(2026, 12, 3)))
    return [e.title for e in result.events]


@pytest.mark.parametrize("text", [
    "Please register by 1 April 2027.",
    "Kindly register not later than 1 April 2027.",
    "Please enrol by 1 April 2027.",
])
def test_a_politeness_mark_names_no_one(text):
    titles = _titles(text)
    assert len(titles) == 1 and not any(m in titles[0].lower() for m in ("please", "kindly")), titles
