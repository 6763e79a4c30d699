"""Two shapes R59 showed (session 46): a farewell party told with a clock range on its day, and
a company's reported plan for a payment ("said the dividend would be paid on ..."). Our own wording."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2031, 3, 10)


def _entries(text: str) -> list[tuple[str, str, object, object]]:
    return [(e.title, e.kind, e.start, e.end) for e in tagged_events(text, published=PUBLISHED)]


def test_a_farewell_party_with_a_clock_range_is_an_event():
    # fails on b74873e9: "farewell party" named nothing, the sentence gave no entry
    found = _entries("Harbour staff are planning a farewell party for the old ferry shed, "
                     "scheduled from 3:30 p.m. to 7:00 p.m. on April 2.")
    assert [(t.split()[0], k, s, e) for t, k, s, e in found] == [
        ("Farewell", "event", datetime(2031, 4, 2, 15, 30), datetime(2031, 4, 2, 19, 0))]


def test_a_reported_payment_ahead_is_a_milestone():
    # fails on b74873e9: "would be paid" (a plan told in reported speech) was no future passive
    found = _entries("The board added that the interim bonus would be paid to members on April 14, 2031.")
    assert found == [("Interim bonus paid to members", "milestone", date(2031, 4, 14), date(2031, 4, 14))]


def test_a_reported_plan_told_as_past_or_by_a_pronoun_stays_out():
    assert _entries("The board added that it would be paid on April 14, 2031.") == []
    assert _entries("The interim bonus was paid to members on March 3, 2031.") == []
