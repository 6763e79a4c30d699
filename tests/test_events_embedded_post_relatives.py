"""A day counted from the time of writing inside an embedded post ("... opens next week — Farm Show
(@FarmShowIE) March 11, 2031") counts from the post's own day, not the page's: counted from the
page's date it named a wrong week (R71 02: a false week after the event). It gives no entry; a
relative day in the page's own prose still does."""

from __future__ import annotations

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from document_date_helpers import BUILD_DAY

PAGE = ("---\npublished: 2031-03-14\n---\n"
        "Spring farm show\n\n"
        "The spring farm show runs from 18 to 20 March 2031 at the county showground.\n\n"
        "Gates are busy already as the show opens next week at the showground, see the site for parking "
        "— Farm Show (@FarmShowIE) March 8, 2031\n\n"
        "Tickets are on sale at the gate.\n")
PROSE = ("---\npublished: 2031-03-14\n---\n"
         "Spring farm show\n\n"
         "The county ploughing trial takes place next week at the showground.\n")


def _events(page: str):
    return process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events


def test_a_relative_day_inside_an_embedded_post_gives_no_entry():
    events = _events(PAGE)
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2031-03-18", "2031-03-20")]


def test_a_relative_day_in_the_page_s_prose_keeps_its_entry():
    assert any(e.start.isoformat() == "2031-03-17" for e in _events(PROSE))
