"""Town headings in capitals: a round-up that gives each town a section under its name alone on
a line ("CORK" / "Starting at 2pm, the town's march ..." / ... / "SLIGO" / ...). No
preposition leads the name, so places_in reads none; yet each section's entries happen in its
town, in that town's zone, not in a place another section names (shared_place would give the
Galway parade Belfast's place: both are on the same day). One such line alone may be a word in
capitals ("NOTICE"), so a page needs MIN_TOWN_HEADINGS of them, and a line the tagger reads as a
date ("MARCH" over a school's March days: March is a town too) heads no town's section. Each section runs to the next
heading; the last, which no heading closes, runs at most LAST_SECTION_SPAN times the longest
section before it: a page's footer or a later story after the round-up is in no section.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from calfeed.events.candidates import Candidate
from calfeed.events.places import Place, gazetteer, lookup

MIN_TOWN_HEADINGS = 2     # capitals lines naming towns that make a page's sections towns'
LAST_SECTION_SPAN = 2     # the last section's reach, in lengths of the longest section before it
_CAPITALS_LINE = re.compile(r"^[ \t#*]*([A-Z][A-Z'’.-]*(?:[ \t][A-Z][A-Z'’.-]*){0,2})[ \t*]*$", re.M)
TOWN_HEADING_NOTE = "place \"{}\" from the town heading over its section"


def town_sections(text: str, dated: Sequence[tuple[int, int]] = ()) -> list[tuple[int, Place]]:
    """(where the section starts, its town) for each capitals line that is a known town and no date
    (``dated``: the spans of the page's time expressions, sorted), in order; empty when fewer than
    MIN_TOWN_HEADINGS lines are."""
    found: list[tuple[int, Place]] = []
    date_starts = [start for start, _ in dated]
    for match in _CAPITALS_LINE.finditer(text):
        k = bisect_right(date_starts, match.end(1)) - 1
        if k >= 0 and dated[k][1] > match.start(1):
            continue        # "MARCH": a month heading, whatever town shares its name
        name = match.group(1).title()
        canonical = lookup(name)
        if canonical is None:
            continue
        found.append((match.end(), Place(name, gazetteer()[canonical], match.start(1), match.end(1))))
    return found if len(found) >= MIN_TOWN_HEADINGS else []


def place_by_town_headings(candidates: list[Candidate], text: str, dated: Sequence[tuple[int, int]] = ()) -> None:
    """Give each candidate with no place of its own, in a town's section, that town (and its name
    in the title when the title lacks it, as row_head_towns does). ``dated``: as town_sections takes it."""
    sections = town_sections(text, dated)
    if not sections:
        return
    starts = [at for at, _ in sections]
    last_end = starts[-1] + LAST_SECTION_SPAN * max(b - a for a, b in zip(starts, starts[1:]))
    for cand in candidates:
        if cand.place is not None or cand.timex.start >= last_end:
            continue
        k = bisect_right(starts, cand.timex.start) - 1
        if k >= 0:
            town = sections[k][1]
            cand.place = town
            cand.place_note = TOWN_HEADING_NOTE.format(town.name)
            if town.name.lower() not in cand.frame.title.lower():
                cand.frame.title = f"{cand.frame.title} – {town.name}"     # each section's "Parade" apart
