"""A day a place lets people in for nothing ("Admission to the galleries at the Quayside Art
House will be free on July 4") is an entry titled as free admission with its place, not by a
noun inside the subject (free_entries.py)."""

from __future__ import annotations

from events_helpers import page_entries

PAGE = """Entry to the Botanic Conservatory will be free on July 5.
"""

LONG = """Admission to all the galleries at the Quayside Art House and three other displays at the Old Customs Hall in the Harbour Arts Quarter will be free on July 4.
"""


def test_a_free_entry_day_is_titled_by_its_subject():
    assert [t for t, _, _ in page_entries(PAGE, "2031-06-20")] == ["Free entry to the Botanic Conservatory"]


def test_a_long_subject_keeps_its_first_place():
    assert [t for t, _, _ in page_entries(LONG, "2031-06-20")] == [
        "Free admission to all the galleries at the Quayside Art House"]


def test_a_price_is_no_free_entry():
    page = PAGE.replace("will be free", "will cost ten dollars")
    assert not any(t.startswith("Free") for t, _, _ in page_entries(page, "2031-06-20"))
