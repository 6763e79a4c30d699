"""A day of the month written without its month ("if you call on the 19th") takes its month and
year from a date near it, so it says nothing of its own about when the page was written: read as
a past day it dated a filed story ("-20150410-") after a month the text only named as a target
("by October 2016"), and the story's "On April 20" went to the next year."""
# Provenance: session 48, R61 class 3 (an address day outranked by a later year named in the text).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 12, 5)
URL = "http://news.example.com.au/tech/old-phone-lines-to-go-dark-in-six-towns-20150410-1abcde.html"
TEXT = ("Old phone lines to go dark in six towns\n\n"
        "Thousands of households are days away from losing their landlines as the cable network takes over.\n\n"
        "On April 20 about 9,000 premises in six towns will hit the deadline to leave the old copper lines.\n\n"
        "The new network should be built or under way everywhere by October 2016.\n\n"
        "\"Order a new service before the cut-off. If you find your line dead on the 21st, ring your provider "
        "and it can still be sorted out, though it may take a while,\" a company spokeswoman said.\n")


def _run(text: str = TEXT):
    return process_document(Document("page.md", text, url=URL), Options(today=BUILD_DAY))


def test_a_day_without_its_month_does_not_move_the_filing_day():
    result = _run()
    assert result.reference.value == date(2015, 4, 10)
    assert [e.start for e in result.events if e.start.month == 4] == [date(2015, 4, 20)]


def test_a_day_with_its_month_still_bounds_the_page():
    # "was switched off on March 21" names its month: a past day the filing day must follow.
    text = TEXT.replace("on the 21st", "since March 21").replace("If you find", "The first town was switched off on "
                                                                 "March 21, 2016. If you find")
    assert _run(text).reference.value != date(2015, 4, 10)
