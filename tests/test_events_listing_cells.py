"""An event's one listing line set out in cells under its name (session 19, class D: event
pages). "Public talk: Rebuilding the Old Pier" / "Saturday 9 June 2029 | Harbour Hall, Seaport
| 2-4pm | Free Entry" gave nothing: the day, its place and its hours stand in cells of one line,
not in a table. And a page that tells only a loose year long before ("... since the storm of
2001") and the day in no tense is dated weeks before that day, not in that year."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2030, 6, 1)
TALK = ("Public talk: Rebuilding the Old Pier\n\n"
        "Saturday 9 June 2029 | Harbour Hall, Seaport| 2-4pm | Free Entry\n\n"
        "Having lost the pier in the storm of 2001, the town has long debated what to build in its place.\n")


def test_a_listing_line_in_cells_gives_the_event_its_place_and_hours() -> None:
    result = process_document(Document("talk.md", TALK, published=date(2029, 5, 1)), Options(today=BUILD_DAY))
    assert [(e.title, e.start, e.end, e.location) for e in result.events] == [
        ("Public talk: Rebuilding the Old Pier", datetime(2029, 6, 9, 14, 0), datetime(2029, 6, 9, 16, 0),
         "Harbour Hall, Seaport")]


def test_a_loose_year_long_before_does_not_date_the_page() -> None:
    result = process_document(Document("talk.md", TALK), Options(today=BUILD_DAY))
    assert result.reference.value == date(2029, 4, 14)      # 8 weeks before the talk, not 2001
    assert [e.start.date() for e in result.events] == [date(2029, 6, 9)]


def test_a_table_of_rows_stays_a_table() -> None:
    text = "Council meetings\n8 March 2029 | Planning | Room 4\n9 March 2029 | Licensing | Room 2\n"
    result = process_document(Document("rows.md", text, published=date(2029, 1, 5)), Options(today=BUILD_DAY))
    assert [(e.title, e.start) for e in result.events] == [("Planning", date(2029, 3, 8)), ("Licensing", date(2029, 3, 9))]
