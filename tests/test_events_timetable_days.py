"""A timetable of bare clocks ("17:30: Doors open." / "19:00: The choir takes the stage.") under
a sentence naming the event's days ("two concerts ... on Friday the 12th and Saturday 13th May")
is each of those days' programme: every row is an entry on each day at its clock, and none is
left on the page's own day (the day of the date line the tagger took for the rows)."""
# Provenance: session 63, class "bare clocks put on the wrong day" (ev63b).

from __future__ import annotations

from datetime import datetime

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY

PARAGRAPH = ("The nave will be full, so plan your trip with care and allow time for the security check "
             "at the west door.\n\n")


def _entries(text: str, published: str, title: str) -> list[tuple[datetime, str]]:
    page = f"---\ntitle: {title}\npublished: {published}\n---\n{text}\n"
    return [(e.start, e.title) for e in process_document(parse_document(page.encode(), "page.txt"),
                                                         Options(today=BUILD_DAY)).events]


def test_each_row_goes_on_each_concert_day():
    text = ("Cathedral choir concerts\n\nMay 2, 2028\n\n"
            "The cathedral choir will sing two evening concerts in York on Friday the 12th and Saturday 13th "
            "May 2028. Tickets sold out within a week.\n\n" + PARAGRAPH + "What to expect\n\n"
            "17:30: Doors open.\n\n18:15: The youth choir opens the evening.\n\n21:30: End of concert.\n")
    entries = _entries(text, "2028-05-02", "Cathedral choir concerts")
    assert not [start for start, _ in entries if start.day == 2]
    for day in (12, 13):
        assert (datetime(2028, 5, day, 17, 30), "Doors open") in entries
        assert (datetime(2028, 5, day, 21, 30), "End of concert") in entries


def test_a_dashed_timetable_under_one_day_goes_on_that_day():
    text = ("Harbour fair\n\nMay 2, 2028\n\n"
            "The harbour fair comes to Whitby on Saturday, 13 May 2028, with stalls along the quay.\n\n"
            + PARAGRAPH + "Running order\n\n10:00 - Stalls open\n\n13:00 - Lifeboat display\n")
    starts = [start for start, _ in _entries(text, "2028-05-02", "Harbour fair")]
    assert datetime(2028, 5, 13, 10, 0) in starts and datetime(2028, 5, 13, 13, 0) in starts
    assert not [start for start in starts if start.day == 2]


def test_one_clock_opening_a_line_is_no_timetable():
    text = ("Harbour fair\n\nMay 2, 2028\n\n"
            "The harbour fair comes to Whitby on Saturday, 13 May 2028, with stalls along the quay.\n\n"
            + PARAGRAPH + "19:00: Committee call for volunteers.\n")
    starts = [start for start, _ in _entries(text, "2028-05-02", "Harbour fair")]
    assert datetime(2028, 5, 13, 19, 0) not in starts
