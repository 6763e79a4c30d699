"""A what's-on listing set out as blocks, each under a heading line of its own:

    Puppet Parade

    Drawing of a puppet on strings        (an image's text)
    Riverside Branch                      (the place)
    Story Corner                          (the room)
    Thursday, March 4 11:00 am to 11:45 am
    Ages 3-6: puppets, songs and a craft ...

The heading names the block; the short lines between it and the date line say where (or who
it is for), and the line next to the date is no name. A page that sets two blocks or more this
way (a one-line group, then a group whose only written day follows short lines) is a listing,
so each date line of such a block is named by the heading over its group. One such block alone
could be a page's section heading over a single item, whose own first line names it; that
shape is left to the other readers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from calfeed.events.places import Place
from calfeed.events.venues import venue_at
from calfeed.events.words import words_in
from calfeed.text import line_end

MIN_BLOCKS = 2          # blocks of one shape that make a page a listing
PLACE_LINES = 2         # a venue line and the room under it


@dataclass(frozen=True)
class Block:
    """A listing block's heading line and the short lines over its date line."""

    heading: tuple[int, int]
    lines: tuple[tuple[int, int], ...]

    def place(self, text: str) -> Place | None:
        """Where: the first short line that names a venue ("Main Library") and the line under
        it ("Story Corner"), up to the date line; an image's text or an audience is no venue."""
        for k, (a, b) in enumerate(self.lines):
            words = words_in(text, a, b)
            venue = venue_at(words, 0, text) if words else None
            if venue is None or venue.end < words[-1].end:
                continue
            parts = self.lines[k:k + PLACE_LINES]
            name = ", ".join(" ".join(text[x:y].split()) for x, y in parts)
            return Place(name, venue.tz, a, parts[-1][1], city=venue.city, venue=True)
        return None

Lines = list[tuple[int, int]]


def block_headings(text: str, shape_of: Callable[[int, int], str]) -> dict[int, Block]:
    """Each listing block, by the start of its date line.
    ``shape_of(start, end)`` is a line's shape: "bare" (a date line with no name of its own),
    "named", "label" (a short line with no date) or "text"."""
    groups = _groups(text)
    found: dict[int, Block] = {}
    for above, group in zip(groups, groups[1:]):
        if len(above) != 1 or shape_of(*above[0]) != "label":
            continue
        shapes = [shape_of(a, b) for a, b in group]
        dated = [k for k, shape in enumerate(shapes) if shape in ("bare", "named")]
        if len(dated) != 1 or shapes[dated[0]] != "bare" or dated[0] == 0:
            continue
        if all(shape == "label" for shape in shapes[:dated[0]]):
            found[group[dated[0]][0]] = Block(above[0], tuple(group[:dated[0]]))
    return found if len(found) >= MIN_BLOCKS else {}


def _groups(text: str) -> list[Lines]:
    """The page's runs of non-blank lines, each as its lines' (start, end)."""
    groups: list[Lines] = []
    run: Lines = []
    at = 0
    while at <= len(text):
        end = line_end(text, at)
        if text[at:end].strip():
            run.append((at, end))
        elif run:
            groups.append(run)
            run = []
        at = end + 1
    if run:
        groups.append(run)
    return groups
