"""A sentence that opens on an earlier plan ("Earlier, the board had said that painters could send
their entries by post till May 3 (5:00pm).") followed by one that says what holds now ("However,
painters can now send their entries till May 17") replaces the earlier day: one entry, on the new
day. Without the opening word both days stay."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _days(text: str) -> list[str]:
    doc = Document("d.md", text, title="Prize", published=date(2026, 4, 20))
    return sorted(str(e.start)[:10] for e in process_document(doc, Options(today=date(2026, 6, 1))).events)


def test_an_earlier_deadline_replaced_in_the_next_sentence_gives_no_entry():
    text = ("Harbourside: The county arts board on Monday extended the closing date for entries to the Young "
            "Painters Prize.\n\nEarlier, the board had said that painters could send their entries by post till "
            "May 3 (5:00pm). However, painters can now send their entries till May 17 through the board's website.")
    assert _days(text) == ["2026-05-17"]


def test_without_the_opening_word_both_days_stay():
    text = "Entries can be sent by post till May 3. However, painters can now send their entries till May 17."
    assert _days(text) == ["2026-05-03", "2026-05-17"]
