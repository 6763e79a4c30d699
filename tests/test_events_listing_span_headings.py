"""A listing's own span written as its heading is no occasion (R82 class 6): "BEST BETS: Monday, 4th
May – Sunday, 10th May, 2031" over items each opened by a day inside it gave a week-long entry titled
"BEST BETS". A heading whose label names an occasion ("Harbour Festival: ...") is that occasion, and a
run with no items below it stays. Texts are our own (listing_spans.py).
"""

from __future__ import annotations

from events_helpers import page_events

PUBLISHED = "2031-05-01"

ITEMS = ("Tuesday, 5th May at 20:00 in the chapel of Saint Roc, Ordino. A string trio plays the cello suites.\n\n"
         "Thursday, 7th May at 21:00 on the square of the old mill. An evening of jazz with the Quay Quartet.\n")


def _titles(text: str) -> list[str]:
    return [e.title for e in page_events(text, PUBLISHED)]


def test_a_listings_span_over_its_items_gives_no_entry():
    page = "BEST BETS: Monday, 4th May – Sunday, 10th May, 2031\n\n" + ITEMS
    titles = _titles(page)
    assert "BEST BETS" not in titles
    assert len(titles) == 2


def test_a_festivals_run_over_its_days_stays():
    page = "Harbour Festival: Monday, 4th May – Sunday, 10th May, 2031\n\n" + ITEMS
    assert any("Festival" in t for t in _titles(page))


def test_a_run_with_no_items_below_stays():
    assert "BEST BETS" in _titles("BEST BETS: Monday, 4th May – Sunday, 10th May, 2031\n\nMore soon.\n")
