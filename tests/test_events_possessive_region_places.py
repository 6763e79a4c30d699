"""A region in the possessive before a resort's or a venue's name places it: "Utah’s Pine Crest
Resort will also open Nov. 9. Lifts will start running at 8 a.m." is in Utah's zone, though the
page named a Vermont resort first; the opening was read in New York time (R59 class 5).
"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2015-11-05"
FIRST = "Stowe Ridge, Vt., opened on Oct. 20 after a cold week.\n"


def _openings(text: str) -> list[tuple[datetime, str | None]]:
    return [(e.start, e.tz) for e in page_events(FIRST + text, PUBLISHED) if "Resort" in e.title or "Lodge" in e.title]


def test_a_possessive_state_places_the_resort():
    text = "Utah’s Pine Crest Resort will also open Nov. 9. Lifts will start running at 8 a.m., so come early.\n"
    assert _openings(text) == [(datetime(2015, 11, 9, 8, 0), "America/Denver")]


def test_a_state_of_two_words_too():
    text = "New Mexico's Taos Valley Lodge will also open Nov. 9 at 8 a.m.\n"
    assert _openings(text) == [(datetime(2015, 11, 9, 8, 0), "America/Denver")]


def test_a_name_of_two_regions_in_two_zones_places_nothing():
    text = "Georgia's Pine Crest Resort will also open Nov. 9 at 8 a.m.\n"
    assert _openings(text) == [(datetime(2015, 11, 9, 8, 0), "America/New_York")]


def test_an_office_after_the_region_places_nothing():
    text = "Utah’s Governor Ann Fields will open the Pine Crest Resort on Nov. 9 at 8 a.m.\n"
    assert _openings(text) == [(datetime(2015, 11, 9, 8, 0), "America/New_York")]
