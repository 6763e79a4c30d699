"""The one country a page shows it is written in, for reading what it leaves to local custom.

"11-5-2017" is 5 November in Royal Oak, Michigan and 11 May in Royal Oak, Auckland. A page that
shows no order in its own figures still shows where it is: its contacts and prices ("+1 248 ...",
"£5"), the town its heading names ("St. Mary Parish - Royal Oak"), the zone it writes beside a
clock ("7pm EST"). When all of these that the page gives point to one country, that is the page's;
when they point to several, or there are none, the page's country is unknown."""

from __future__ import annotations

import re

from calfeed.events.event_zones import contact_country
from calfeed.events.places import heading_place
from calfeed.events.regions import rival_zones, zone_countries

# A zone abbreviation right after a clock: "7pm EST", "19:30 CET", "10 a.m. (PT)"
_CLOCK_ZONE = re.compile(r"(?:\d|[AaPp]\.?[Mm]\.?)[ \t]{0,2}\(?([A-Z]{2,5})(?![\w])")


def page_country(text: str) -> str | None:
    """The ISO code of the one country the page's contacts, heading town and clock zones point to."""
    from calfeed.timex.vocabulary import vocabulary   # here: calfeed.timex imports the text helpers

    countries: set[str] = set()
    contact = contact_country(text)
    if contact is not None:
        countries.add(contact)
    place = heading_place(text)
    if place is not None and place.tz and len(rival_zones(place.town or place.name)) <= 1:
        country = zone_countries().get(place.tz)
        if country:
            countries.add(country)
    zones = vocabulary("en")
    for match in _CLOCK_ZONE.finditer(text):
        country = zone_countries().get(zones.zone(match.group(1)) or "")
        if country:
            countries.add(country)
    return countries.pop() if len(countries) == 1 else None
