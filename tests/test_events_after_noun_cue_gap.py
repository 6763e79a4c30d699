"""A date inside an event noun's phrase ("the draw for next year's relay closes") is no word
between the noun and its closing verb: with the day fronted ("At noon on Friday, March 14, the
draw for next year's relay closes") the draw still closes then, a deadline, not an entry of
the noun's own kind. The date being framed still counts ("The fair on Saturday, 4 June closes
the season" names no closing)."""
# Provenance: session 48, R61 class 8 (a ballot's closing read as an election).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2032, 1, 10)


def _entries(text: str):
    result = process_document(Document("page.md", "Club news\n\n" + text + "\n", published=date(2031, 3, 1)),
                              Options(today=BUILD_DAY))
    return [(e.kind, e.title) for e in result.events]


def test_a_fronted_day_and_a_year_inside_the_phrase():
    entries = _entries("At 5pm on Friday, March 14, the ballot for next year's relay closes.")
    assert [kind for kind, _ in entries] == ["deadline"]
    assert "ballot" in entries[0][1].lower()


def test_the_framed_day_between_noun_and_verb_still_counts():
    assert all(kind != "deadline" for kind, _ in _entries("The fair on Saturday, June 7 closes the season."))
