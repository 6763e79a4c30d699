"""A title that names only where ("Great Hall", "Lutz Auditorium, Blair Music Center") gives way to
the item's name on the line over its date line; the venue becomes the place (venue_titles.py)."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events.venue_titles import names_a_venue
from events_helpers import tagged_events

PUBLISHED = date(2027, 1, 10)


@pytest.mark.parametrize("title, venue", [
    ("Great Hall", True),
    ("Corn Exchange Hall, Market Street", True),
    ("Riverside Auditorium - doors at 7", True),
    ("Village Hall Quiz", False),
    ("Concert Hall Gala Concert", False),
    ("Public lecture", False),
    ("great hall", False),
])
def test_what_names_a_venue(title, venue):
    assert names_a_venue(title) is venue


def test_a_listing_item_named_by_its_venue_takes_the_line_over_it():
    text = ("Coming up on campus\n\n"
            "Thursday, 11 March 2027\n\n"
            "Rivers Under the City - Dr Amara Holt\n"
            "7:00 PM \u2013 Corn Exchange Hall, Market Street - Dr Holt maps the buried streams of the old town.\n")
    timed = [(e.title, e.location) for e in tagged_events(text, published=PUBLISHED) if getattr(e.start, "hour", 0)]
    assert timed == [("Rivers Under the City - Dr Amara Holt", "Corn Exchange Hall, Market Street")]


def test_a_venue_title_with_a_sentence_over_it_stays():
    text = ("The hall is booked for the whole evening.\n"
            "7:00 PM, Thursday, 11 March 2027 \u2013 Corn Exchange Hall\n")
    assert [e.title for e in tagged_events(text, published=PUBLISHED)] == ["Corn Exchange Hall"]


def test_a_column_header_over_venue_rows_names_none_of_them():
    text = ("Hall Venue Date Time\n"
            "Kestrel Community Hall 4th Mar 2027 18H00\n"
            "Upper Mill Hall 5th Mar 2027 18H00\n")
    assert sorted(e.title for e in tagged_events(text, published=PUBLISHED)) == ["Kestrel Community Hall",
                                                                                  "Upper Mill Hall"]


def test_a_name_over_a_day_clock_and_venue_block_names_the_item():
    # An event page sets its name, then the day, the clock and the venue with its address, each
    # on a line of its own: the name is over the whole block, the venue is the place.
    text = ("Seed Swap Morning\n\n"
            "Sunday 14 March\n\n"
            "10am - 1pm\n\n"
            "Riverside Community Precinct,\n"
            "14 Mill Lane, Ashby VIC 3999\n\n"
            "Bring your spare seedlings and join us for a relaxed morning in the garden.\n")
    assert [(e.title, e.location) for e in tagged_events(text, published=PUBLISHED)] == [
        ("Seed Swap Morning", "Riverside Community Precinct")]

