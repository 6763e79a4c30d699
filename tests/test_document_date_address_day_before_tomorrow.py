"""A page filed under a day its text calls tomorrow ("/regatta-moved-to-saturday-june-8-2024" over
"tomorrow, Saturday 8th June"): the address pins the page to that day, the gloss to the day before;
the page is of the address's year, not of a weekday twin years earlier (R73 class 1, page 11)."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 12, 6)
URL = "https://example.org/news/regatta-moved-to-saturday-june-8-2024/"
TEXT = ("Regatta moved to Saturday June 8, 2024\n"
        "The regatta will now be sailed tomorrow, Saturday 8th June, at 15:00. It was called off because of "
        "the gale on 7th June, and the club decided this at a meeting tonight, Friday 7th June.\n")


def test_the_page_is_of_the_address_year():
    result = process_document(Document("page.md", TEXT, url=URL), Options(today=BUILD_DAY))
    assert result.reference.value == date(2024, 6, 7)
    assert datetime(2024, 6, 8, 15, 0) in [e.start for e in result.events]
