"""A notice that puts down a rumour repeats the rumour's days: those are no entries, the day the
notice confirms is (dismissed_claims). "Reopening" names a dated happening (event_nouns): "the
reopening date of all junior schools remains 4th May" is the reopening's day."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _days(text: str) -> list[str]:
    doc = Document("d.md", text, title="Board update", published=date(2026, 4, 20))
    return sorted(str(e.start)[:10] for e in process_document(doc, Options(today=date(2026, 4, 21))).events)


def test_a_dismissed_message_gives_no_entry_and_the_confirmed_day_does():
    text = ("Parents are asked to disregard any message stating that the reopening of junior schools has been "
            "moved to 12th May, 2026.\n"
            "A spokesman added that \u201cthe reopening date of all junior schools remains 4th May 2026 as earlier "
            "communicated through the Board\u2019s own channels.\u201d\n")
    assert _days(text) == ["2026-05-04"]


def test_a_denied_report_gives_no_entry():
    text = ("Following reports that the regatta has been moved from May 9, 2026, to May 16, 2026, the club says "
            "the regatta date remains unchanged.\n")
    assert _days(text) == []


def test_a_report_not_denied_keeps_its_day():
    text = "The club confirmed reports that the regatta will be held on May 16, 2026.\n"
    assert _days(text) == ["2026-05-16"]


def test_a_reopening_date_is_an_entry():
    text = "The reopening date for all junior schools remains 4 May 2026 as announced earlier.\n"
    assert _days(text) == ["2026-05-04"]
