"""A place named in passing is no zone: a body named after a town of several countries, or a
country an aside names, does not place the event."""
# Provenance: Round-10a red-team classes in the events stage.

from __future__ import annotations

from datetime import date, datetime

import pytest
from events_helpers import tagged_events

BRISTOL = date(2019, 9, 18)


@pytest.mark.parametrize("text, start", [
    # Bristol is England's and Connecticut's (and Tennessee's): a police department's town
    # named without its state says nothing about the zone
    ("The Bristol Police Department says the parade will begin at 1:30 p.m. on Sunday, Sept. 22 on Race Street.",
     datetime(2019, 9, 22, 13, 30)),
    ("The Bristol Police Department says Memorial Boulevard will be closed to motor vehicle traffic from "
     "8 p.m. Thursday, Sept. 19 until 10 a.m. Monday, Sept. 23.", datetime(2019, 9, 19, 20)),
])
def test_a_body_named_after_a_town_of_several_countries_gives_no_zone(text, start):
    events = tagged_events(text, published=BRISTOL)
    assert [(e.start, e.tz) for e in events] == [(start, None)]


def test_a_bracketed_venue_with_its_room_after_a_dash_is_the_place():
    # the exhibit is in the Austria Centre's foyer (in Vienna, where the other item is), not in
    # Thailand, which an aside names
    text = ("Note No. 243\n9 April 2003\n\n"
            "  • Wednesday, 9 April – 10 a.m. – Vienna International Centre – CO4 Board Room: Mini-Forum organized "
            "by the NGO Committee on Narcotic Drugs at the UN Office in Vienna.\n"
            "    2 p.m. (Austria Centre – Foyer GH), Exhibit opening, Thailand’s Experience with the Alternative "
            "Development (The Chief Executive Officer of Doi Tung Development Project – the leader of alternative "
            "development projects in Thailand – is attending the session and if you want to interview him or the "
            "head of Thailand’s delegation, please contact the Permanent Mission of Thailand)\n")
    timed = [e for e in tagged_events(text) if not e.all_day]
    assert [(e.start, e.location, e.tz) for e in timed] == [
        (datetime(2003, 4, 9, 14), "Austria Centre – Foyer GH, Vienna", "Europe/Vienna")]
