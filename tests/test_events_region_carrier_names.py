"""A region's name inside a carrier's name ("Alaska Airlines") says nothing of where a page is: an
airport page listing the airlines that move terminals put its party in Anchorage's time (R59 14).
The words that make a region's name a carrier's are data (region_name_followers); the region
named on its own still hints the zone."""

from __future__ import annotations

from events_helpers import page_zones

PUBLISHED = "2026-01-20"
STORY = ("Staff at the old terminal will hold a farewell party from 4 p.m. to 8 p.m. on February 4. "
         "{carriers}\n")


def test_a_carrier_named_for_a_region_gives_no_zone():
    # Fails on the parent: America/Anchorage.
    text = STORY.format(carriers="Alaska Airlines and Sun Country will move to the new hall that week.")
    assert page_zones(text, PUBLISHED) == [None]


def test_the_region_named_on_its_own_still_does():
    text = STORY.format(carriers="Most of the staff came down from Alaska for it.")
    assert page_zones(text, PUBLISHED) == ["America/Anchorage"]
