"""Two things told in one sentence for two periods, the second in a contrasting clause ("In
April two drop-in sessions will be held, while in May two workshops will be run"): the
second period is named by its own clause's thing, so it is an entry of its own, not a second
date of the first thing folded away. A "while" with no verb of its own after it opens no clause."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document


def _entries(text: str) -> list[tuple[str, str]]:
    events = process_document(Document(path="doc.txt", text=text, published=date(2026, 2, 10))).events
    return sorted((e.start.isoformat()[:10], e.title) for e in events)


def test_the_period_of_a_while_clause_keeps_its_own_thing():
    text = ("The project team will share the new flood maps with residents.\n\n"
            "In April 2026, two drop-in sessions on the draft maps will be held, while in May, "
            "two workshops on living with water will be run.\n")
    (april, april_title), (may, may_title) = _entries(text)
    assert (april, may) == ("2026-04-01", "2026-05-01")
    assert april_title.startswith("Two drop-in sessions") and may_title.startswith("Two workshops")


def test_a_whereas_clause_with_its_own_verb_is_its_own_entry():
    text = ("Two rounds of hearings are planned: in March 2026 the panel will sit in Nelson, "
            "whereas in June the hearings will move to Blenheim.\n")
    titles = [title for _, title in _entries(text)]
    assert len(titles) == 2 and "hearings" in titles[1].lower()
