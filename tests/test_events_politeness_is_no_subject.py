"""A politeness mark opening a request is no one's name: "Please register by 1 April" is the
registration deadline, not 'Registration of please' (seen while fixing red team 44's requests)."""

from __future__ import annotations

import pytest

from events_helpers import page_events

PUBLISHED = "2027-02-01"


def _titles(text: str) -> list[str]:
    return [e.title for e in page_events(text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Please register by 1 April 2027.",
    "Kindly register not later than 1 April 2027.",
    "Please enrol by 1 April 2027.",
])
def test_a_politeness_mark_names_no_one(text):
    titles = _titles(text)
    assert len(titles) == 1 and not any(m in titles[0].lower() for m in ("please", "kindly")), titles
