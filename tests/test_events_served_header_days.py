"""A saved copy of a news page may keep the site's header date on its first line ("Thursday,
March 09, 2028", the day the copy was served) above the headline and the story's own byline
date. With the byline's day lower down among the opening lines, the first line's day is the
copy's, never an event's: the lines under it (the section's name, the headline, the agency's
name) are not entries on it. A first line's day with no such byline under it keeps its entries."""
# Provenance: session 63, class "lines that date the page put on as entries" (ev63b).

from __future__ import annotations

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY


def _days(text: str, published: str, title: str) -> set[str]:
    page = f"---\ntitle: {title}\npublished: {published}\n---\n{text}\n"
    return {str(e.start)[:10] for e in process_document(parse_document(page.encode(), "page.txt"),
                                                         Options(today=BUILD_DAY)).events}


def test_a_header_day_above_the_byline_s_day_gives_no_entry():
    text = ("Thursday, March 09, 2028\n\nCoast News\n\nLisbon closes schools ahead of storm Arlo\n\n"
            "Harbour Wire Service\n\nSaturday, October 2, 2027\n\n"
            "Schools in Lisbon will close on Monday, October 4, ahead of storm Arlo, the council said.\n")
    days = _days(text, "2027-10-02", "Lisbon closes schools ahead of storm Arlo")
    assert "2028-03-09" not in days and "2027-10-04" in days


def test_a_day_first_header_day_gives_no_entry_either():
    text = ("Tuesday 14 November 2028\n\nRegion\n\nCity hall opens a winter shelter\n\n"
            "Friday 12 January 2027\n\n"
            "The city's winter shelter will open its doors on Monday 15 January at the old depot.\n")
    days = _days(text, "2027-01-12", "City hall opens a winter shelter")
    assert "2028-11-14" not in days and "2027-01-15" in days


def test_a_first_line_day_with_no_byline_under_it_keeps_its_entry():
    text = ("Saturday, July 14, 2029\n\nSummer fete\n\n"
            "The village summer fete returns to the green with stalls, a dog show and a brass band from noon.\n")
    assert "2029-07-14" in _days(text, "2029-06-01", "Summer fete")
