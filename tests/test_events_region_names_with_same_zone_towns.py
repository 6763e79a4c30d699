"""A region named anywhere on a page places it when nothing else does (regions.named_regions),
unless its name is also a town's in another zone ("Ontario", California's town, for the
province). A town namesake in the region's own zone takes nothing away: "Delaware" (a town in
Ohio, in the same zone) still names the state (R68 12, class 5: the state's order floated).
Texts are our own, of the same shape."""

from __future__ import annotations

from datetime import date

from calfeed.events.regions import named_regions
from events_helpers import tagged_events


def _zones(text: str) -> list[str | None]:
    return [e.tz for e in tagged_events("Orders\n\n" + text, published=date(2031, 3, 22))]


def test_a_state_with_a_same_zone_town_namesake_places_the_page() -> None:
    assert named_regions("Delaware's order to stay at home was signed.") == {"America/New_York": "Delaware"}
    assert _zones("Delaware's order to stay at home takes effect at 8 a.m. Monday, March 24.\n") == ["America/New_York"]


def test_a_region_with_a_town_namesake_in_another_zone_still_places_nothing() -> None:
    assert named_regions("Ontario's order to stay at home was signed.") == {}


def test_a_street_named_after_a_region_names_no_region() -> None:
    for street in ("Avenue", "Ave", "Street", "St", "Road", "Rd", "Boulevard", "Blvd"):
        assert named_regions(f"Drop-off site: 3900 North Delaware {street}.") == {}, street
