"""The object a deadline's verb acts on ends where a cue of several words begins: "Please send your
slides no later than 12 May" is the submission of slides, not of "slides no" (seen on red team
44's conference guidelines while fixing its requests)."""

from __future__ import annotations

import pytest

from events_helpers import page_events

PUBLISHED = "2027-02-01"


def _titles(text: str) -> list[str]:
    return [e.title for e in page_events(text, PUBLISHED)]


@pytest.mark.parametrize("text, ends", [
    ("Please send your slides no later than 12 May 2027.", "slides"),
    ("Authors must submit the final paper no later than 12 May 2027.", "final paper"),
    ("Applicants should submit their forms not later than 12 May 2027.", "forms"),
])
def test_the_object_stops_before_the_cue(text, ends):
    titles = _titles(text)
    assert len(titles) == 1 and titles[0].endswith(ends), titles
