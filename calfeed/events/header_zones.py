"""The zone a table's column header gives its clocks: "Time (BST)", "Kick-off / GMT", or a header
written over two rows ("Time" over "GMT").

A fixture list copied from a site abroad names the zone once, in the header, and never beside a
clock; a blog's "Posted: ... PDT" stamp above it is the poster's clock, not the fixtures'. A
header's zone is surer than any zone the page writes elsewhere, so it decides for the clocks of
the rows under it. Only one zone in the whole header counts: two ("Time (EDT) / (BST)") leave the
rows to the rest of the page, since a flattened header's cells need not line up with the rows'."""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

CELL_MARK = "|"
MAX_TABLE_LINES = 80          # lines walked up from a row to its table's first line
MAX_ZONE_WORDS = 3            # "Central European Time"
_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-*:?[ \t]*)*\|?[ \t]*")
_CELL_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def header_zone(text: str, timex: Timex) -> tuple[str, str] | None:
    """(zone, header as written) for a clock on a data row of a pipe table whose header rows name
    one zone; None otherwise."""
    start = text.rfind("\n", 0, timex.start) + 1
    end = text.find("\n", timex.start)
    line = text[start:len(text) if end < 0 else end]
    if CELL_MARK not in line or _RULE.fullmatch(line):
        return None
    above = _lines_above(text, start)
    if not above or not any(_RULE.fullmatch(row) for row in above):
        return None          # no rule over the row: no header, or the row is the header itself
    rows = list(reversed(above))
    headers = [row for row, nxt in zip(rows, rows[1:]) if not _RULE.fullmatch(row) and _RULE.fullmatch(nxt)]
    zones: dict[str, str] = {}
    for row in headers:
        for cell in row.split(CELL_MARK):
            named = _cell_zone(cell)
            if named is not None:
                zones.setdefault(*named)
    if len(zones) != 1:
        return None
    (zone, written), = zones.items()
    return zone, written


def _lines_above(text: str, start: int) -> list[str]:
    """The table's lines above the one starting at ``start``, nearest first."""
    found: list[str] = []
    at = start
    while at > 0 and len(found) < MAX_TABLE_LINES:
        above = text.rfind("\n", 0, at - 1) + 1
        row = text[above:at - 1]
        if CELL_MARK not in row:
            break
        found.append(row)
        at = above
    return found


def _cell_zone(cell: str) -> tuple[str, str] | None:
    """(zone, cell) when a header cell is a zone, alone or beside a clock's header word: "GMT",
    "Time (BST)", "Eastern Time"; an abbreviation counts only in capitals ("cet" is no zone)."""
    from calfeed.timex.vocabulary import vocabulary   # here: calfeed.timex imports the text helpers

    shown = " ".join(cell.strip(" \t*_").split())
    words = _CELL_WORD.findall(shown)
    spoken = " ".join(words).lower()
    for lead in sorted(_header_words(), key=len, reverse=True):
        if spoken.startswith(lead + " ") or spoken == lead:
            words = words[len(lead.split()):]
            break
    if not words or len(words) > MAX_ZONE_WORDS + 1:
        return None
    if len(words) > 1 and words[-1].lower() == "time":
        name = " ".join(words[:-1]).lower()      # "Eastern Time", "Central European Time"
    elif len(words) == 1 and words[0].isupper():
        name = words[0]                          # "GMT", "BST"
    else:
        return None
    zone = vocabulary("en").zone(name)
    return (zone, shown) if zone else None


@lru_cache(maxsize=None)
def _header_words() -> tuple[str, ...]:
    return tuple(word_list("zone_header_words"))
