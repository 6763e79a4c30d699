"""The object a deadline's verb acts on ends where a cue of several words begins: "Please send your
slides no later than 12 May" is the submission of slides, not of "slides no" (seen on red team
44's conference guidelines while fixing its requests)."""

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


@pytest.mark.parametrize("text, ends", [
    ("Please send your slides no later than 12 May 2027.", "slides"),
    ("Authors must submit the final paper no later than 12 May 2027.", "final paper"),
    ("Applicants should submit their forms not later than 12 May 2027.", "forms"),
])
def test_the_object_stops_before_the_cue(text, ends):
    titles = _titles(text)
    assert len(titles) == 1 and titles[0].endswith(ends), titles
