"""A year-less day with its weekday alone on a saved page's first line ("Monday, December 3" above a
story filed under "/2022/06/14/"), whose weekday it does not fall on in the year it is read in: the
site's header when the copy was served, not the story's day nor an event's (R77 class 2). A first
line whose weekday fits its day stays an entry, and a weekday slip lower down is no header."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY

URL = "https://news.example/2022/06/14/ferry-festival-announces-its-opening-regatta/"
STORY = ("Monday, December 3\n"
         "Follow us:\n\n"
         "Ferry festival announces its opening regatta\n\n"
         "The Valdmar Ferry Company said in a statement on Tuesday that \"the extra crossing to Orrholm will "
         "sail for the first time on Saturday, June 18 at 7:30 am.\"\n")


def _days(text: str, url: str = URL) -> set[date]:
    page = f"---\ntitle: Ferry festival announces its opening regatta\nurl: {url}\n---\n{text}"
    events = process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events
    return {e.start.date() if hasattr(e.start, "date") else e.start for e in events}


def test_a_first_line_weekday_day_that_fits_no_near_year_gives_no_entry():
    days = _days(STORY)
    assert date(2022, 6, 18) in days, days
    assert not any(day.month == 12 for day in days), days


def test_a_first_line_day_on_its_weekday_stays():
    text = STORY.replace("Monday, December 3", "Saturday, June 25").replace("Follow us:\n", "")
    assert date(2022, 6, 25) in _days(text)
