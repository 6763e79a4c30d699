"""A table of meetings whose columns say whom each meeting serves ("| Ward | Councillor | Venue |
Date | Time |") names each row by its venue cell, never by the councillors or the ward: those
cells are people and areas, not the event (table_member_headers)."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_entries, page_events

TABLE = """Budget consultations 2031

Our drop-in sessions are listed in the timetable that follows.
Ward | Councillor | Venue | Date | Time |
---|---|---|---|---|
1 | Cllr. AB. Mokoena | Riverside Community Hall |
Saturday, 4 Oct 2031 | 10:00 12:00 |
2 & 5 (Elm Park) | Cllr. T. Nkosi Ald. K. Smit |
Old Mill Library | Tuesday, 7 Oct 2031 | 18:00 |
3 | Cllr. P. Dube | Hilltop Sports Club | Thursday, 9 Oct 2031 | 17:30 |
"""


def test_rows_are_named_by_their_venue_not_their_councillors():
    entries = page_entries(TABLE, "2031-09-01")
    assert [(t, s) for t, _, s in entries] == [
        ("Riverside Community Hall", datetime(2031, 10, 4, 10, 0)),
        ("Old Mill Library", datetime(2031, 10, 7, 18, 0)),
        ("Hilltop Sports Club", datetime(2031, 10, 9, 17, 30)),
    ]


def test_each_row_keeps_its_venue_as_its_place():
    page = TABLE.replace("Our drop-in sessions are listed in the timetable that follows.\n", "")
    assert [e.location for e in page_events(page, "2031-09-01")] == [
        "Riverside Community Hall", "Old Mill Library", "Hilltop Sports Club"]


def test_a_figure_in_the_venue_address_does_not_lose_the_row():
    page = TABLE.replace("Old Mill Library |", "Old Mill Library (4 Quarry Rd, Elm Park, 1987) |")
    titles = [t for t, _, _ in page_entries(page, "2031-09-01")]
    assert titles[1].startswith("Old Mill Library")
    assert not any("Cllr" in t for t in titles)
