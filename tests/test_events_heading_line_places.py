"""A heading with no full stop that names a town ("Book fair in Accra") places the page's clock
times there, though the sentence splitter joins it to the next line: a place name ends at its
line's end, it does not run on into the next line's capitalised words."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

BODY = "The annual book fair opens at 10am on Saturday 7 March 2026 at the central library.\n"


def test_a_heading_town_run_into_the_next_line_places_the_clock():
    for heading, zone in (("Book fair in Accra", "Africa/Accra"), ("Spring market at Wellington", "Pacific/Auckland"),
                          ("Poetry evening in Nairobi", "Africa/Nairobi")):
        for gap in ("\n", "\n\n"):
            events = tagged_events(heading + gap + BODY, published=date(2026, 2, 20))
            assert [e.tz for e in events] == [zone], (heading, gap)


def test_a_town_inside_a_longer_name_on_one_line_is_still_no_place():
    text = "Talks at Reading Room Gallery\n" + BODY
    events = tagged_events(text, published=date(2026, 2, 20))
    assert [e.tz for e in events] == [None]
