"""A local paper's dateline: the town in capitals and a dash, with no date and no agency
("BOZEMAN — The ..."). It places the story's clocks as a comma dateline does; a heading or a
list row in ordinary case ("Bozeman – summer hours") is no dateline."""

from __future__ import annotations

from datetime import datetime

import pytest
from events_helpers import page_events

STORY = ("{lead} The Gallatin growers' market will start its outdoor season from 8 a.m. to noon Saturday "
         "in the lot behind the old library.\n\nMore than forty stalls will sell greens, cheese and bread.")


@pytest.mark.parametrize("lead, zone", [
    ("BOZEMAN —", "America/Denver"),
    ("ITHACA –", "America/New_York"),
    ("OLYMPIA -", "America/Los_Angeles"),
])
def test_a_town_in_capitals_and_a_dash_opening_the_story_gives_its_zone(lead, zone):
    events = page_events(STORY.format(lead=lead), "2024-04-22")
    assert [(e.start, e.tz) for e in events] == [(datetime(2024, 4, 27, 8), zone)]


def test_a_town_in_ordinary_case_before_a_dash_is_no_dateline():
    events = page_events(STORY.format(lead="Bozeman —"), "2024-04-22")
    assert [(e.start, e.tz) for e in events] == [(datetime(2024, 4, 27, 8), None)]


def test_a_region_that_is_also_towns_elsewhere_is_no_dashed_dateline():
    """"ONTARIO —" may open a story from the province or from a town of that name in another
    zone: with no qualifier it places nothing."""
    events = page_events(STORY.format(lead="ONTARIO —"), "2024-04-22")
    assert [(e.start, e.tz) for e in events] == [(datetime(2024, 4, 27, 8), None)]
