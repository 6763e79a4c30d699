"""Ordinal subjects: a clause whose subject is a bare ordinal ("The second is scheduled for ...")
is one more of the event the sentence before names; each probe in our own wording."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2030, 10, 7)


def _entries(body: str) -> list[tuple[str, str, str, str, str]]:
    """(kind, first day, last day, precision, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Library news\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=date(2030, 10, 7)))
    return sorted((e.kind, str(e.start)[:10], str(e.end or e.start)[:10], e.precision, e.title)
                  for e in result.events)


def test_an_ordinal_alone_as_subject_borrows_the_event_of_the_sentence_before() -> None:
    # "The second" is one more of the sentence before's workshops, not the talk inside it.
    found = _entries("The first workshop will be on Saturday, 2 November 2030, from 2:30 to 4:00pm with a talk at 3:00pm.\n"
                     "The second is scheduled for Wednesday, 6 November 2030, from 6:30 to 8:00pm with a talk at 7:00pm.")
    assert "Second workshop" in [e[4] for e in found]
    assert not any(e[1] == "2030-11-06" and e[4] == "Talk" for e in found)


def test_an_ordinal_with_its_own_noun_keeps_it() -> None:
    found = _entries("The first workshop will be on Saturday, 2 November 2030.\n"
                     "The second talk is scheduled for Wednesday, 6 November 2030.")
    assert "Second talk" in [e[4] for e in found]


def test_an_ordinal_with_no_event_before_changes_nothing() -> None:
    # Nothing people attend in the sentence before: the clause's own noun still names the day.
    found = _entries("Prices rose again this month.\n"
                     "The second is scheduled for Wednesday, 6 November 2030, with a talk at 7:00pm.")
    assert "Talk" in [e[4] for e in found] and not any(e[4].startswith("Second ") for e in found)
