"""A stated schedule whose subject is stressed by a reflexive ("the lessons themselves will start on
3 March") or holds two joined words inside its "of" phrase ("the fast of the lunar or solar
calendar will commence on ..."): the subject is still the clause's, and the day gives its entry.
Pages of our own wording; the reflexive "lessons" and the two joined "of" phrases gave no entry before
the rule (the singular reflexive was read already and stays a guard)."""

from __future__ import annotations

from datetime import date

from events_helpers import BUILD_DAY
from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2031, 1, 14)


def _entries(body: str) -> list[tuple[str, str, str, str]]:
    """(kind, first day, last day, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Valley notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=BUILD_DAY))
    return sorted((e.kind, str(e.start)[:10], str(e.end or e.start)[:10], e.title) for e in result.events)


def test_a_reflexive_after_the_subject_keeps_it() -> None:
    entries = _entries("The dance school year will open on 20 February 2031 in every hall of Brindle County, "
                       "while the lessons themselves will start on 3 March.")
    assert ("event", "2031-03-03", "2031-03-03", "Lessons start") in entries


def test_a_singular_reflexive_too() -> None:
    assert _entries("The Ostrova library itself reopens on Monday, 10 February 2031.") == [
        ("event", "2031-02-10", "2031-02-10", "Ostrova library reopens")]


def test_two_names_joined_inside_the_of_phrase() -> None:
    entries = _entries("Consequently, the fast of the Varnic or Old Tessel calendar of 1452 will commence on "
                       "Monday, March 24, the elders pointed out.")
    assert [(k, s, e) for k, s, e, _ in entries] == [("event", "2031-03-24", "2031-03-24")]
    assert entries[0][3].startswith("Fast of the Varnic or Old Tessel calendar")


def test_two_plain_words_joined_inside_the_of_phrase() -> None:
    assert _entries("The fast of the lunar or solar year will begin on 2 April 2031.") == [
        ("event", "2031-04-02", "2031-04-02", "Fast of the lunar or solar year begins")]


def test_other_words_before_the_verb_still_veto() -> None:
    assert _entries("The lessons usually start on 3 March 2031.") == []
