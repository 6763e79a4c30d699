"""List items led by a town: "* Ballarat - the gathering ... starts at 5:40am".

A wire story that lists one bullet a town, each opening with the town's name and a dash or a
colon, says where every clock of that bullet happens, though no preposition leads the name
(places_in reads none). The town gives the item's zone over the site's country (a British
site's copy of an Australian wire story) and names each entry apart: seven bullets of "dawn
service" are seven towns' services. One such item alone may be a person's name ("* Jackson -
our treasurer"), so a town counts only on a page that leads at least two items with towns, or
when it is a city too large to be a word (ATTRIBUTE_POPULATION).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.places import ATTRIBUTE_POPULATION, Place, gazetteer, lookup
from calfeed.events.regions import namesake_population
from calfeed.text import item_mark_pattern

MIN_TOWN_ITEMS = 2      # items led by towns that make a page's list one of towns


@dataclass(frozen=True)
class RowHead:
    """The town leading a list item, and the item's line."""

    place: Place
    line: tuple[int, int]


@lru_cache(maxsize=None)
def _head() -> re.Pattern[str]:
    """A list mark (its space may be left out: "*Brisbane - "), one to four capitalised words,
    then a dash or a colon and a space."""
    name = r"[A-Z][\w'’.]*(?:[ \t][A-Z][\w'’.]*){0,3}"
    return re.compile(rf"^[ \t]*{item_mark_pattern()}[ \t]*({name})[ \t]*[-–—:][ \t]", re.M)


@dataclass(frozen=True)
class RowHeads:
    """The towns leading a page's list items, by the start of their line, in order: the line that
    holds an offset is found by bisection, not by reading back to its start for every date on it."""

    by_start: dict[int, RowHead]
    starts: list[int]

    def holding(self, at: int) -> RowHead | None:
        """The town leading the line that holds offset ``at``, if any."""
        k = bisect.bisect_right(self.starts, at) - 1
        if k < 0:
            return None
        head = self.by_start[self.starts[k]]
        return head if at <= head.line[1] else None


def row_head_towns(text: str) -> RowHeads:
    """The towns leading the page's list items."""
    found: dict[int, RowHead] = {}
    for match in _head().finditer(text):
        canonical = lookup(match.group(1))
        if canonical is None:
            continue
        start = match.start()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        place = Place(match.group(1), gazetteer()[canonical], match.start(1), match.end(1))
        found[start] = RowHead(place, (start, end))
    if len(found) < MIN_TOWN_ITEMS:
        found = {at: head for at, head in found.items()
                 if (known := namesake_population(head.place.name)) is not None and known[0] >= ATTRIBUTE_POPULATION}
    return RowHeads(found, sorted(found))
