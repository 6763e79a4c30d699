"""The territory a law's title names in brackets: "under the Harbour Dues (Jersey) Law 2011".

Britain's and its islands' laws carry the territory they apply in inside their titles ("the
Licensing (Scotland) Act 2005", "the Reform (Guernsey) Law"), and a notice that cites such a law
is issued under it, where it applies: its polling hours and closing times are that territory's
clocks. No preposition leads the name, so places_in never reads it; the bracketed name is the
page's place as a heading's town is (event_zones reads both with the places where things
happen). Only a country or region of one zone counts, so "(Amendment) Act" or "(No. 2) Order"
names nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.places import Place
from calfeed.events.regions import written_regions
from calfeed.events.vocabulary import word_list


@lru_cache(maxsize=None)
def _statute_pattern() -> re.Pattern[str]:
    """Up to three capitalised words in brackets, then a law's head noun as written (capital first).
    Fixed alternatives and bounded runs: linear."""
    heads = "|".join(re.escape(h.capitalize()) for h in sorted(word_list("statute_jurisdiction_heads"), key=len, reverse=True))
    return re.compile(rf"\(([A-Z][A-Za-z'’-]{{1,30}}(?:[ \t][A-Z][A-Za-z'’-]{{1,30}}){{0,2}})\)[ \t]{{1,3}}(?:{heads})(?![\w-])")


def statute_places(text: str) -> list[Place]:
    """The territories of one zone that laws' titles in ``text`` name in brackets, each a place
    pinned to its zone, at its name's offsets."""
    if "(" not in text:
        return []
    found: list[Place] = []
    for match in _statute_pattern().finditer(text):
        zones = {r.zone for r in written_regions(match.group(1)) if r.use != "abbreviation"}
        if len(zones) == 1 and None not in zones:
            found.append(Place(match.group(1), zones.pop(), match.start(1), match.end(1), pinned=True))
    return found
