"""A habit told as over ("used to meet every Monday", "for years ... met every Thursday") is
history, not a series a reader can go to; a habit still told in the present keeps its series
even beside such words. Our own wording."""
# Provenance: session 22 (me22): "The club used to meet every Monday at 7pm" gave a weekly
# series titled "Club used meeting".

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _series(text: str) -> set[tuple[str, str]]:
    result = process_document(Document("page.md", "Society notes\n\n" + text + "\n", published=date(2031, 3, 3)),
                              Options(today=date(2026, 12, 1)))
    return {(e.title, e.rrule or "") for e in result.events}


def test_a_habit_told_as_over_gives_no_series():
    assert _series("The bridge circle used to meet every Wednesday at 2pm in the old library.") == set()
    assert _series("For many years the walkers met every Saturday at 9am by the lych gate.") == set()


def test_a_present_habit_beside_a_past_one_keeps_its_series():
    found = _series("The bridge circle, which used to meet on Fridays, now meets every Wednesday at 2pm.")
    assert any("BYDAY=WE" in rule for _, rule in found), found
