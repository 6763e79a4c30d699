"""A request after a fronted clause ("For presenters who will use audio-visual equipment, please
inform the Secretariat of your equipment requirements on or before 15 November 2005") names its
deadline by the reader's act, as it does when the request opens the sentence (red team 44: the
bullet gave no entry of its own and its day took the next bullet's "Receipt of papers")."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_entries

PUBLISHED = "2027-02-01"


@pytest.mark.parametrize("text, act, day", [
    ("For speakers who will show slides, please inform the technical team of your laptop needs "
     "on or before 3 May 2027.", "inform", date(2027, 5, 3)),
    ("If you have any dietary needs, please tell the caterers by 10 June 2027.", "tell", date(2027, 6, 10)),
    ("For delegates needing a visa letter, kindly let the Secretariat know by 1 April 2027.",
     "let the secretariat know", date(2027, 4, 1)),
])
def test_the_request_after_a_fronted_clause_names_the_deadline(text, act, day):
    found = page_entries(text, PUBLISHED, "guide.txt")
    assert [kind for _, kind, start in found if start == day] == ["deadline"], found
    assert any(act in title.lower() for title, _, start in found if start == day), found
