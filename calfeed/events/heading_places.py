"""City headings: a town qualified by its country or region ending a line ("Eclipse times for the
region (15 March) Valparaiso, Chile", or "Valparaiso, Chile" alone over a table of clock lines).

No preposition leads such a town, so places_in never reads it; yet a reader takes it for where the
lines under it happen, before a town a photo caption names in passing above. Only a town the
gazetteer knows in that country or region counts (its namesake there, ``namesake_zone``), so a
byline's "Jane Roe, Reuters" or a title's last words are no place.
"""

from __future__ import annotations

import re

from calfeed.events.places import Place
from calfeed.events.regions import namesake_zone, written_regions

# The last words of a line: up to three capitalised words, a comma, up to three capitalised words.
_TAIL = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*[ \t]){0,2}[A-Z][\w'’.-]*),[ \t]+"
                   r"([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2})[ \t*_]*$")
TAIL_REACH = 80         # characters at a line's end the town and its qualifier are looked for in


def heading_places(text: str) -> list[Place]:
    """The towns qualified by their country or region that end a line, in the zone of their namesake there."""
    found: list[Place] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if "," in text[max(start, end - TAIL_REACH):end]:
            place = _tail_place(text, max(start, end - TAIL_REACH), end)
            if place is not None:
                found.append(place)
        start = end + 1
    return found


def _tail_place(text: str, start: int, end: int) -> Place | None:
    match = _TAIL.search(text, start, end)
    if match is None:
        return None
    regions = [r for r in written_regions(match.group(2)) if r.use != "abbreviation"]
    if not regions:
        return None
    for word in re.finditer(r"\S+", match.group(1)):    # the longest run of the last words that is a town there
        first = match.start(1) + word.start()
        zone = next((z for r in regions if (z := namesake_zone(text[first:match.end(1)], r.country, r.admin1))), None)
        if zone:
            return Place(text[first:match.end(2)], zone, first, match.end(2), pinned=True)
    return None
