"""A season or a tournament that "kicks off" on a day starts then, as one that "starts" does: the
verb is a present schedule verb (timex schedule_verbs.tsv). Without it the tense of the day came
from a participle after it ("when relegated Kelby Town host ..."), read as past, and the day gave
no entry."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> list[tuple[str, str]]:
    doc = Document("d.md", text, title="League news", published=date(2026, 5, 12))
    return sorted((str(e.start)[:10], e.title) for e in process_document(doc, Options(today=date(2026, 6, 1))).events)


def test_a_kick_off_day_followed_by_a_when_clause_is_an_entry():
    text = "The new league season kicks off on Friday 7 August when relegated Kelby Town host Dunmore Athletic.\n"
    assert _entries(text) == [("2026-08-07", "New league season kicks off")]


def test_a_past_kick_off_stays_a_report():
    text = "The new league season kicked off on Friday 1 May when Kelby Town hosted Dunmore Athletic.\n"
    assert _entries(text) == []
