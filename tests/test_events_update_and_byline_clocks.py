"""A site's "Last update: <day> h. <clock>" banner and a byline's clock after the writer's name and
the day ("Name  Mar - 14 - 2031 , 09:52" under the headline) say when a page was changed or
posted, not when anything happens (R71: both gave entries, one of them on the page's own day)."""

from __future__ import annotations

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from document_date_helpers import BUILD_DAY

BANNER = ("---\npublished: 2031-05-02\n---\n"
          "Valley News Service\n"
          "Last update: 9 March 2034 h. 08:17\n\n"
          "Friday 2 May 2031\n\n"
          "The orchard show opens at the county ground on 20 May with more growers than ever.\n")
BYLINE = ("---\npublished: 2031-03-14\n---\n"
          "Ferry timetable changes for spring\n\n"
          "Tomasz Reyes Mar - 14 - 2031 , 09:52\n\n"
          "The harbour board has moved the first spring sailing to April 2, 2031, at 7:30am.\n")
EVENT_LINE = ("---\npublished: 2031-03-14\n---\n"
              "Harbour Gala\n\n"
              "Grand Parade March 14, 2031, 18:30\n\n"
              "The parade leaves the quay and ends at the lighthouse.\n")


def _events(page: str):
    return process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events


def test_an_update_banner_gives_no_entry():
    days = {e.start.isoformat()[:10] for e in _events(BANNER)}
    assert "2034-03-09" not in days
    assert "2031-05-20" in days


def test_a_byline_clock_on_the_page_day_gives_no_entry():
    starts = {e.start.isoformat()[:16] for e in _events(BYLINE)}
    assert "2031-03-14T09:52" not in starts
    assert "2031-04-02T07:30" in starts


def test_an_event_line_at_a_clock_on_the_fives_keeps_its_entry():
    starts = {e.start.isoformat()[:16] for e in _events(EVENT_LINE)}
    assert "2031-03-14T18:30" in starts
