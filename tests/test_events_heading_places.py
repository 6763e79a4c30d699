"""A town qualified by its country ending a line ("Durban, South Africa" after a table's caption) is
where the clock lines under it happen: it outranks a state a photo caption names at the top of the
page (heading_places; session 44, R57 13)."""

from __future__ import annotations

from calfeed.events.heading_places import heading_places
from events_helpers import page_events

PAGE = ("Image at top: Lunar halo over Cape May, New Jersey, on May 3, 2029, via Ann Lee.\n\n"
        "The full moon will slide into the outer shadow of the Earth on March 11, 2031, seen best from "
        "southern Africa and the Indian Ocean.\n\n"
        "Below we list local times for one city:\n\n"
        "Penumbral eclipse times for southern Africa (March 11, 2031) Durban, South Africa\n\n"
        "Penumbral eclipse begins: 19:05 (7:05 p.m.) local time\n\n"
        "Greatest eclipse: 20:40 (8:40 p.m.) local time\n")


def test_the_city_heading_places_the_clock_lines():
    timed = [e for e in page_events(PAGE, "2031-03-01") if not e.all_day]
    assert timed and {e.tz for e in timed} == {"Africa/Johannesburg"}, [(e.title, e.tz) for e in timed]


def test_only_a_town_known_there_counts():
    places = heading_places("By Jane Roe, Reuters\nDurban, South Africa\nAgenda, Minutes and Papers\n")
    assert [(p.name, p.tz) for p in places] == [("Durban, South Africa", "Africa/Johannesburg")]
