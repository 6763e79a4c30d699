"""A list row labelled by an ordinal in figures ("1st Test: September 19 to 23 - Grange Club",
"2nd T20: November 25, Glasgow") is named by its label, as "Opening match: ..." is, not by the
section heading over the list nor by the rest of its line."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

FIXTURES = """The board has set out the autumn programme.

Kenya tour of Scotland-

  • 1st Test: September 19 to 23 - Grange Club, Edinburgh.
  • 2nd Test: September 27 to October 1 - Mannofield, Aberdeen.
  • 1st T20: October 9 - The Grange, Edinburgh.

Nepal tour of Scotland

  • 1st T20: November 22, Edinburgh
  • 2nd T20: November 25, Glasgow
"""


def test_rows_labelled_by_an_ordinal_are_named_by_their_labels():
    entries = [(e.title, e.start, e.end, e.precision) for e in page_events(FIXTURES, "2024-08-13")]
    assert entries == [
        ("1st Test", date(2024, 9, 19), date(2024, 9, 23), "exact"),
        ("2nd Test", date(2024, 9, 27), date(2024, 10, 1), "exact"),
        ("1st T20", date(2024, 10, 9), date(2024, 10, 9), "exact"),
        ("1st T20", date(2024, 11, 22), date(2024, 11, 22), "exact"),
        ("2nd T20", date(2024, 11, 25), date(2024, 11, 25), "exact"),
    ]


def test_a_label_of_figures_alone_names_nothing():
    text = "Key dates\n\n  • 2024: September 19 - Grange Club, Edinburgh.\n"
    assert all(e.title != "2024" for e in page_events(text, "2024-08-13"))
