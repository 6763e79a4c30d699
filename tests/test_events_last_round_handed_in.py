"""The last round of what is handed in, accepted on a day ("Final entries will be accepted on Friday,
July 11"): the day entries close, a deadline. Without 'final' or 'last' the day may open them, and a
report published on a day stays a milestone."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2031, 6, 2)


def _entries(body: str) -> list[tuple[str, str, str]]:
    """(kind, day, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Race notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=ISSUED))
    return sorted((e.kind, str(e.start), e.title) for e in result.events)


def test_final_entries_accepted_on_a_day_close_then() -> None:
    assert _entries("Final entries will be accepted two weeks before the race, on Friday, July 11, at the "
                    "club office.") == [
        ("deadline", "2031-07-11", "Final entries accepted two weeks before the race")]


def test_entries_accepted_on_a_day_stay_a_milestone() -> None:
    assert _entries("Entries will be accepted on Friday, July 11.") == [
        ("milestone", "2031-07-11", "Entries accepted")]


def test_a_final_report_published_is_no_deadline() -> None:
    assert _entries("The final report will be published on 30 June.") == [
        ("milestone", "2031-06-30", "Final report published")]
