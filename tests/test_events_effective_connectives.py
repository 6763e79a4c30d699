"""A sentence that carries on from the one before with a connective ("And", "But") and then fronts
the day a change holds from ("And effective 23 September, ...") still dates the change: the
connective is read past (effective_lead_connectives) before the effective lead is looked for.
Before, "and effective" was no lead, no other reader named the day and the page gave nothing.
A price range later in the sentence ("from $4.10 to $4.55") is no second date and spoils nothing."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def _entries(text: str, published: str) -> list[tuple[date, str, str]]:
    return [(e.start, e.kind, e.title) for e in page_events(text, published)]


def test_and_before_the_lead_keeps_the_change():
    page = ("Heating oil has become dearer twice this month. And effective March 4, kerosene will "
            "cost eleven cents more a litre, from $4.10 to $4.55.")
    assert _entries(page, "2027-03-01") == [
        (date(2027, 3, 4), "milestone", "Kerosene will cost eleven cents more a litre")]


def test_but_before_the_lead_keeps_the_change():
    page = "Bus fares went up in the spring. But from 1 June 2027 the day ticket drops back to four euros."
    assert _entries(page, "2027-05-02") == [
        (date(2027, 6, 1), "milestone", "Day ticket drops back to four euros")]


def test_a_connective_without_a_lead_still_names_nothing():
    page = "Bus fares went up in the spring. So on 1 June 2027 the day ticket drops back to four euros."
    assert all(title != "Day ticket drops back to four euros" for _, _, title in _entries(page, "2027-05-02"))
