"""Round 26 classes 2 and 7: a what's-on listing whose items each stand as a name line, a blurb
and "When:" / "Where:" fields (or a "Date" / "Time" / "Venue" field list) is named by each
item's own name line, not by the page's headline or a field's label; and a date-first row
under a series ("Monday, August 28th for Bank Holiday") is named by the occasion it gives,
not by the series above it."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2027, 3, 1), published: date | None = None):
    doc = Document(path="p.txt", text=text, published=published)
    result = process_document(doc, Options(today=today))
    return sorted(result.events, key=lambda e: (str(e.start), e.title))


LISTING = """Leeds after dark: ten things to see this fortnight

Our pick of the city's best

COMEDY

Laughing Matters

Three stand-ups try out new material in a cellar bar.

When: Thursday, April 8, 8pm-10pm

Where: The Vaults, Briggate, Leeds; tickets £12

MARKETS

Kirkgate Makers Fair

Ceramics, prints, jewellery and street food.

When: Saturday, April 10, 10am-4pm

Where: Kirkgate Market, Leeds; free

STAGE

Back Where We Started From

A two-hander about sisters who swap houses.
Runs for one night only.

When: Friday, April 9, 7.30pm

Where: City Varieties, Swan Street, Leeds
"""


def test_each_listing_item_is_named_by_its_own_name_line_not_the_headline():
    found = {e.title: e for e in _events(LISTING, published=date(2027, 4, 2))}
    assert found["Laughing Matters"].start == datetime(2027, 4, 8, 20, 0)
    assert found["Kirkgate Makers Fair"].start == datetime(2027, 4, 10, 10, 0)
    assert found["Back Where We Started From"].start == datetime(2027, 4, 9, 19, 30)   # a name in title case keeps its last word
    assert not any(t.startswith("Leeds after dark") for t in found)


def test_a_name_line_right_over_the_fields_names_them_and_prose_above_a_blurb_does_not():
    text = ("Spring notes from the allotment society\n\n"
            "Seed Swap\n"
            "When: Sunday, March 21, 2pm\n"
            "Where: Community Hall, Mill Lane\n\n"
            "We have written to the council about the water supply, which failed twice last year.\n\n"
            "The committee thanks everyone who helped clear the paths.\n\n"
            "When: Saturday, April 3, 11am\n"
            "Where: Plot 14, Mill Lane\n")
    found = {e.title: e for e in _events(text, published=date(2027, 3, 1))}
    assert found["Seed Swap"].start == datetime(2027, 3, 21, 14, 0)
    assert not any("water supply" in t or "committee" in t.lower() for t in found)


def test_a_field_list_of_date_time_venue_lines_is_named_by_its_heading_not_a_label():
    text = ("Lantern Trail (Harvest Moon)\n\n"
            "Date\n\n2 - 16 October 2027\n\n"
            "Time\n\n15:00 - 19:00\n\n"
            "Venue\n\nOld Market Square, Leeds\n\n"
            "Overview\n\nFamilies make lanterns together each weekend.\n")
    titles = [e.title for e in _events(text, today=date(2027, 8, 1))]
    assert titles and all(t.startswith("Lantern Trail") for t in titles)
    assert not {"Date", "Time", "Venue"} & set(titles)


def test_date_first_rows_after_a_series_are_named_by_their_occasion():
    text = ("Branch news\n"
            "• Chess Corner: players of every level welcome. 2nd & 4th Thursdays at 5pm.\n"
            "• Monday, August 28th for Bank Holiday\n"
            "• Thursday, November 23rd in observance of Thanksgiving Day\n")
    events = _events(text, today=date(2023, 8, 1), published=date(2023, 8, 1))
    by_day = {e.start: e.title for e in events if e.rrule is None}
    assert by_day[date(2023, 8, 28)] == "Bank Holiday"
    assert by_day[date(2023, 11, 23)] == "Thanksgiving Day"
    assert any(e.title == "Chess Corner" and e.rrule for e in events)
