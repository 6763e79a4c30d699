"""A town read in the country the page names, when a namesake of comparable size lies there.

"The office in San Jose" on a page that names Costa Rica (and no place in the United States)
is Costa Rica's San José, though California's is three times larger; the page's countries
choose among namesakes before the larger one wins by size. A namesake spelt with accents
counts ("San José" for "San Jose"): English pages drop them.
"""

from __future__ import annotations

from dataclasses import replace

from calfeed.events.places import Place, lookup
from calfeed.events.regions import accented_namesakes
from calfeed.events.vocabulary import place_overrides

# The named country's namesake must be at least a tenth of the largest: a village of the
# page's country does not outweigh a great city abroad ("Paris" on a page naming the United States).
NAMED_SHARE = 10


def country_namesake(place: Place, town: str, countries: frozenset[str]) -> Place | None:
    """``place`` (the town ``town``) moved to its namesake in one of ``countries``, the countries
    the page names, when its largest namesake lies in none of them and that namesake is at least
    a tenth its size; None when the page's countries leave the town where it is."""
    if not countries or not place.tz or place.pinned or lookup(town) in place_overrides():
        return None
    towns = accented_namesakes(town)
    if not towns or towns[0][1] in countries:
        return None
    local = next((t for t in towns if t[1] in countries), None)
    if local is None or local[0] * NAMED_SHARE < towns[0][0] or local[3] == place.tz:
        return None
    return replace(place, tz=local[3])
