"""A great city the text names in the possessive ("Vienna's mayor will open the ball at 8 pm",
"Lagos's ferry operators"): the story is about that city's people and things, though no
preposition leads the name and places_in never reads it.

Only a city of a million people or more whose namesakes all keep its zone
(title_cities.great_city) counts, and only as the last hint of where a page is, asked when nothing else places
it (event_zones' passing zone): "Lincoln's speech" names a man, and a small town's name is too
often a surname. Every such city of the text must share one zone.
"""

from __future__ import annotations

import re

from calfeed.events.title_cities import great_city

# A capitalised name of one or two words, then an apostrophe and "s" ending the word. Linear: no
# nested repeats, each word a run of word characters.
_POSSESSIVE = re.compile(r"(?<![\w'’-])([A-Z][\w-]+(?:[ \t][A-Z][\w-]+)?)['’]s(?![\w'’])")


def possessive_city_zone(text: str) -> tuple[str, str] | None:
    """(zone, names) of the great cities the text names in the possessive, when they share one zone."""
    found: dict[str, list[str]] = {}
    for match in _POSSESSIVE.finditer(text):
        name = match.group(1)
        for written in (name, name.split()[-1]) if " " in name else (name,):
            city = great_city(written)
            if city is not None:
                names = found.setdefault(city[1], [])
                if written not in names:
                    names.append(written)
                break
    if len(found) != 1:
        return None
    zone, names = next(iter(found.items()))
    return zone, ", ".join(names)

