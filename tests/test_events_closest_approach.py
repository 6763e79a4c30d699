"""R67 class 1 (page 10's shape): a body in the sky that makes its closest approach to the Earth on
a day gives that day's entry, named by the approach. Test texts are our own, of the same shape."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2030, 10, 7)    # a Monday


def _entries(body: str) -> list[tuple[str, str, str]]:
    """(day, kind, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Sky notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=ISSUED))
    return sorted((str(e.start)[:10], e.kind, e.title) for e in result.events)


def test_a_comet_makes_its_closest_approach_on_a_weekday() -> None:
    entries = _entries("Comet Lyra makes its closest approach to our planet Wednesday, when it passes far off.")
    assert [(day, kind) for day, kind, _ in entries] == [("2030-10-09", "event")]
    assert "closest approach" in entries[0][2].lower()


def test_two_comets_make_their_closest_approaches_on_a_day() -> None:
    entries = _entries("The twin comets will make their closest approaches to Earth on 20 October.")
    assert [(day, kind) for day, kind, _ in entries] == [("2030-10-20", "event")]
    assert "closest approach" in entries[0][2].lower()

