"""A great city opening a page's title as the modifier of what the page is about ("Harbourside
tram works on 9 May: ...", "Lagos ferry strike ends"): the page is about that city's thing,
though no preposition leads the name and places_in never reads it. Only a city of a million
people or more (WORLD_CITY_POPULATION) whose namesakes all keep its zone, followed by a
lower-case word, counts: "Paris agreement" opens with a capital too but is the weakest evidence
there is, asked only when nothing else places the page (event_zones' title zone).
"""

from __future__ import annotations

import re

from calfeed.events.places import Place, gazetteer, lookup
from calfeed.events.regions import namesake_population, rival_zones

WORLD_CITY_POPULATION = 1_000_000
_OPENING = re.compile(r"\s*([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]+[a-z]")


def title_city(title: str) -> list[Place]:
    """The great city the title opens with, as a one-item list, else an empty one."""
    opening = _OPENING.match(title)
    if opening is None:
        return []
    for written in (opening.group(1), opening.group(1).split()[0]):
        city = great_city(written)
        if city is not None:
            return [Place(written, gazetteer()[city[0]], opening.start(1), opening.start(1) + len(written))]
    return []


def great_city(written: str) -> tuple[str, str] | None:
    """(gazetteer name, zone) of the city called ``written`` when it has WORLD_CITY_POPULATION people or
    more and all its namesakes keep its zone: a name too weak to place a page unless the city is that sure."""
    canonical = lookup(written)
    known = namesake_population(canonical) if canonical else None
    if known is None or known[0] < WORLD_CITY_POPULATION or len(rival_zones(canonical)) > 1:
        return None
    return canonical, known[1]
