"""'X will last till D' tells how long X goes on: the end of a stretch, as 'will run until D' is, not
a deadline for X (a subject that is no event noun, 'the harbour light-up', was read as 'Deadline for
harbour light-up'); over a written range of days it is X's span."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2031, 6, 2)


def _entries(body: str) -> list[tuple[str, str, str, str]]:
    """(kind, first day, last day, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Harbour notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=ISSUED))
    return sorted((e.kind, str(e.start), str(e.end), e.title) for e in result.events)


def test_lasting_till_a_day_is_no_deadline() -> None:
    assert _entries("The harbour light-up will last till 23 June.") == [
        ("event", "2031-06-23", "2031-06-23", "Harbour light-up ends")]


def test_as_running_until_a_day() -> None:
    assert _entries("The harbour illuminations started yesterday and will last till 30 June.") == \
        _entries("The harbour illuminations started yesterday and will run until 30 June.")


def test_lasting_over_a_range_of_days() -> None:
    assert _entries("The works will last from 3 June to 23 June.") == [
        ("event", "2031-06-03", "2031-06-23", "Works")]
