"""A city glued to an acronym in an event's brand: "ETHPorto", "ETHDenver", "ETHLisbon".

Such a brand names where its edition happens, though no preposition leads the city and no space
sets it apart, so places_in never reads it. A page about the edition often names its venue only
("at Casa da Musica"), never the city on its own: the brand in the page's title is then where
its clocks are. Only a city too large to be a word (ATTRIBUTE_POPULATION) counts, after two to
five capitals: "GitHub", "YouTube" or "PowerPoint" open with no acronym.
"""

from __future__ import annotations

import re

from calfeed.events.places import ATTRIBUTE_POPULATION, Place, gazetteer, lookup
from calfeed.events.regions import namesake_population

# An acronym of two to five capitals glued to one or two capitalised words, a whole token.
_GLUED = re.compile(r"(?<![\w'’-])[A-Z]{2,5}([A-Z][a-z]{2,20}(?:[A-Z][a-z]{2,20})?)(?![\w'’-])")


def glued_towns(text: str) -> list[Place]:
    """The known cities glued to an acronym in ``text`` (a title), in the gazetteer's zone."""
    found: list[Place] = []
    for match in _GLUED.finditer(text):
        written = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", match.group(1))    # "SanDiego" -> "San Diego"
        canonical = lookup(written)
        if canonical is None:
            continue
        known = namesake_population(canonical)
        if known is not None and known[0] >= ATTRIBUTE_POPULATION:
            found.append(Place(written, gazetteer()[canonical], match.start(1), match.end(1)))
    return found
