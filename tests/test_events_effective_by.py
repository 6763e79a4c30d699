""""will be effective by 12:05 a.m. on Tuesday": the time a change holds from, an entry into
effect of the clause's subject, not a deadline named after whoever said it ('Deadline for
caltex'). "effective until" is the day a thing ends and stays out of it."""
# Provenance: session 48, R61 class 8 (a price change's start titled 'Deadline for caltex').

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2032, 1, 10)


def _entries(text: str):
    result = process_document(Document("page.md", "Fuel news\n\n" + text + "\n", published=date(2031, 3, 3)),
                              Options(today=BUILD_DAY))
    return [(e.start, e.kind, e.title) for e in result.events]


def test_effective_by_a_clock_is_an_entry_into_effect():
    entries = _entries("Petron said the new pump prices will be effective by 12:05 a.m. on Tuesday.")
    assert [(kind, title) for _, kind, title in entries] == [("milestone", "Entry into effect of the new pump prices")]
    assert entries[0][0].hour == 0 and entries[0][0].minute == 5


def test_effective_until_is_no_start():
    entries = _entries("The discount fares are effective until Friday, March 14.")
    assert all(not title.startswith("Entry into effect") for _, _, title in entries)
