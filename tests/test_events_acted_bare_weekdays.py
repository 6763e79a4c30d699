"""The news register drops the "on" before the day of a past act: "The County Arts Board Friday
extended the closing date ... till May 17" reports what the board did that day, as "on Friday"
does (acted_days); the act's day gives no entry, the new closing date does. A weekday ahead of a
future verb keeps its day's meaning (no past act)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _days(text: str) -> list[str]:
    doc = Document("d.md", text, title="Prize", published=date(2026, 4, 24))
    return sorted(str(e.start)[:10] for e in process_document(doc, Options(today=date(2026, 6, 1))).events)


def test_a_bare_weekday_before_a_past_act_gives_no_entry():
    text = ("Harbourside: The County Arts Board Friday extended the closing date for entries to the Young "
            "Painters Prize till May 17.")
    assert _days(text) == ["2026-05-17"]


def test_the_same_act_with_on_is_unchanged():
    text = ("Harbourside: The County Arts Board on Friday extended the closing date for entries to the Young "
            "Painters Prize till May 17.")
    assert _days(text) == ["2026-05-17"]
