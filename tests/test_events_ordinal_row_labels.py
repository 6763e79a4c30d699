"""A list row labelled by an ordinal in figures ("1st Heat: May 14 to 16 - <hall>", "2nd Round:
July 6, <town>") is named by its label, as "Opening match: ..." is, not by the section heading over
the list nor by the rest of its line."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

FIXTURES = """Our choir league has fixed its spring and summer calendar.

Northern section-

  • 1st Heat: May 14 to 16 - Corn Exchange, Leeds.
  • 2nd Heat: May 29 to June 2 - Old Library, York.
  • 3rd Heat: June 11 - Guild Hall, Hull.

Southern section

  • 1st Round: July 3, Bath
  • 2nd Round: July 6, Exeter
"""


def test_rows_labelled_by_an_ordinal_are_named_by_their_labels():
    entries = [(e.title, e.start, e.end, e.precision) for e in page_events(FIXTURES, "2025-03-04")]
    assert entries == [
        ("1st Heat", date(2025, 5, 14), date(2025, 5, 16), "exact"),
        ("2nd Heat", date(2025, 5, 29), date(2025, 6, 2), "exact"),
        ("3rd Heat", date(2025, 6, 11), date(2025, 6, 11), "exact"),
        ("1st Round", date(2025, 7, 3), date(2025, 7, 3), "exact"),
        ("2nd Round", date(2025, 7, 6), date(2025, 7, 6), "exact"),
    ]


def test_a_label_of_figures_alone_names_nothing():
    text = "Key dates\n\n  • 2025: May 14 - Corn Exchange, Leeds.\n"
    assert all(e.title != "2025" for e in page_events(text, "2025-03-04"))
