"""A page with no date of its own whose first paragraph names the day of a programme in full
("... taking place in Ghent on March 4, 2023") and then lists the programme's clock lines
("10h00 – Guests arrive ...", "11:00 AM – Ribbon cutting ..."): the tagger dates each clock by
that day, the last written above it. The page's day, inferred, falls on the same day; the
clocks were dropped as put on a guessed day (R68 20 lost every line of its script so), but
their day is the one the sentence names, with its year, and they keep it. A clock whose day
above is only the guess still gives nothing."""

from __future__ import annotations

from datetime import datetime

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from document_date_helpers import BUILD_DAY

PAGE = ("Mayor to open the new bridge at 11:00\n\n"
        "Opening of the North Bridge, a joint project of the city and the region, taking place in Ghent "
        "on March 4, 2023. Today, the city hall released the programme of the day.\n\n"
        "The programme:\n\n"
        "10h00 – Guests arrive at the river bank\n\n"
        "11:00 AM – Ribbon cutting by the mayor\n\n"
        "11h30 – Boat parade under the bridge\n\n"
        "The concert starts at 8:30 p.m. on the main square.\n")


def _starts(text: str) -> list[datetime]:
    result = process_document(parse_document(text.encode(), "page.txt"), Options(today=BUILD_DAY))
    return sorted(e.start for e in result.events if isinstance(e.start, datetime))


def test_the_clock_lines_keep_the_day_the_sentence_above_names():
    starts = _starts(PAGE)
    for hour, minute in ((10, 0), (11, 0), (11, 30), (20, 30)):
        assert datetime(2023, 3, 4, hour, minute) in starts, (hour, minute)
