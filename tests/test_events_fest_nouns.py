"""Short and informal names of festivals and fairs ("fest", "expo", "bazaar") and an amnesty
(a stretch in which fines are waived) name dated happenings, as "festival" and "fair" do: a
sentence with one and a day range, or a whole month, gives its entry ("the fruit fest is
happening ... from Sept 10-14, 2027"; "the book amnesty in the library during the month of November")."""
# Provenance: session 57, R70 class 3 (an abbreviated month's day range and 'during the month of M'
# gave nothing: the sentences' only nouns for the happening were 'Fest' and 'amnesty').

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PUBLISHED = date(2027, 9, 1)


def _entries(text: str) -> list[tuple[str, date, date]]:
    result = process_document(Document("page.md", text, published=PUBLISHED), Options(today=PUBLISHED))
    return [(e.title, e.start, e.end) for e in result.events]


def test_a_fest_with_an_abbreviated_month_s_day_range():
    assert _entries("The Mango Fest 2027 is happening at the Riverside Mall, Ipoh from Sept 10-14, 2027.\n") == [
        ("Mango Fest", date(2027, 9, 10), date(2027, 9, 14))]


def test_an_expo_and_a_bazaar():
    entries = _entries("The craft expo opens on Sept 25, 2027.\n\nThe night bazaar runs from October 2 to 4, 2027.\n")
    assert [(s, e) for _, s, e in entries] == [(date(2027, 9, 25), date(2027, 9, 25)),
                                               (date(2027, 10, 2), date(2027, 10, 4))]
    assert "expo" in entries[0][0].lower() and "bazaar" in entries[1][0].lower()


def test_an_amnesty_during_the_month_of_m_spans_the_month():
    entries = _entries("Borrowers may bring back overdue items without a fine during the town's "
                       "book amnesty in the library during the month of November.\n")
    assert len(entries) == 1 and "amnesty" in entries[0][0].lower()
    assert (entries[0][1], entries[0][2]) == (date(2027, 11, 1), date(2027, 11, 30))
