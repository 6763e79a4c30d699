"""A venue closed now and opening on a day: "The east wing is currently closed and will be open to
the public on 14 March" states when the east wing opens, as "The east wing will be open to the
public on 14 March" does. The opening verb joined by "and" or "but" to a clause telling the
subject's state takes that clause's subject; a pronoun for a subject still names nothing."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2031, 2, 20)


def _entries(body: str) -> list[tuple[str, str, str]]:
    doc = Document(path="notice.txt", text="Museum notes\n\n" + body + "\n", title=None, published=ISSUED)
    return sorted((e.kind, str(e.start)[:10], e.title) for e in process_document(doc, Options(today=ISSUED)).events)


def test_closed_now_and_open_on_a_day_is_the_opening():
    assert _entries("The east wing is currently closed and will be open to the public on 14 March 2031.") == [
        ("event", "2031-03-14", "East wing opens")]


def test_closed_for_work_but_reopening_on_a_day_is_the_reopening():
    assert _entries("The rose garden is closed for replanting but will reopen to visitors on 2 May 2031.") == [
        ("event", "2031-05-02", "Rose garden reopens")]


def test_a_pronoun_for_the_subject_still_names_nothing():
    assert _entries("It is closed for replanting but will reopen to visitors on 2 May 2031.") == []
