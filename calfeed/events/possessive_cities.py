"""A great city the text names in the possessive ("Vienna's mayor will open the ball at 8 pm",
"Lagos's ferry operators"): the story is about that city's people and things, though no
preposition leads the name and places_in never reads it.

Only a city of a million people or more (title_cities.WORLD_CITY_POPULATION) whose namesakes all
keep its zone counts, and only as the last hint of where a page is, asked when nothing else places
it (event_zones' passing zone): "Lincoln's speech" names a man, and a small town's name is too
often a surname. Every such city of the text must share one zone.
"""

from __future__ import annotations

import re

from calfeed.events.places import lookup
from calfeed.events.regions import namesake_population, rival_zones
from calfeed.events.title_cities import WORLD_CITY_POPULATION

# A capitalised name of one or two words, then an apostrophe and "s" ending the word. Linear: no
# nested repeats, each word a run of word characters.
_POSSESSIVE = re.compile(r"(?<![\w'’-])([A-Z][\w-]+(?:[ \t][A-Z][\w-]+)?)['’]s(?![\w'’])")


def possessive_city_zone(text: str) -> tuple[str, str] | None:
    """(zone, names) of the great cities the text names in the possessive, when they share one zone."""
    found: dict[str, list[str]] = {}
    for match in _POSSESSIVE.finditer(text):
        name = match.group(1)
        for written in (name, name.split()[-1]) if " " in name else (name,):
            zone = _great_city_zone(written)
            if zone is not None:
                names = found.setdefault(zone, [])
                if written not in names:
                    names.append(written)
                break
    if len(found) != 1:
        return None
    zone, names = next(iter(found.items()))
    return zone, ", ".join(names)


def _great_city_zone(written: str) -> str | None:
    """The zone of the great city called ``written``, when its namesakes all keep that zone."""
    canonical = lookup(written)
    known = namesake_population(canonical) if canonical else None
    if known is None or known[0] < WORLD_CITY_POPULATION:
        return None
    rivals = rival_zones(canonical)
    return known[1] if len(rivals) <= 1 else None
