"""A clause's subject that goes to a quoted name ("Districts moving to 'Tier B' (not before 9th
May) will ...") keeps the name: the rows differ only by it, so a title without it ("Earliest day
for districts moving") says neither which tier nor which row. R54 shape (a regulations summary)."""

from __future__ import annotations

from events_helpers import page_entries

PAGE = """The new rules have been laid before the Assembly today.

  • Districts moving to ‘Tier B’ (not before 9th May) will follow the limits set out in Annex 2.
  • Districts moving to ‘Tier C’ (not before 14th June) will follow the limits set out in Annex 3.
"""


def test_each_row_keeps_its_quoted_tier():
    entries = {str(start)[:10]: title for title, _, start in page_entries(PAGE, "2027-04-02")}
    assert "tier b" in entries["2027-05-09"].lower(), entries
    assert "tier c" in entries["2027-06-14"].lower(), entries
