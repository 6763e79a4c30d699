"""The heading of a numbered or bulleted item a date stands in: "2. Harbour Kite Day" / a few
paragraphs about it / "Date: Oct 4 to 5"; "- The Glass Orchard" / "The stage version ... until 6 May".

A what's-on list marks each item's name with a number or a bullet, writes some paragraphs about
it, then its fields or a sentence with its day. Whatever the dated line itself calls the thing
("The event", "the show", a bare "Date:" field, the list's own headline), the item's heading
names it. The heading is the nearest marked line above the date's line with nothing but the
item's prose and fields between; a marked line with another marked line right above it is a
row of a plain list, no heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from calfeed.events.generic_titles import is_generic
from calfeed.events.label_block import label_of
from calfeed.text import item_mark, lines_above

MAX_BLURB_LINES = 8        # lines of an item's prose between its heading and its date
MAX_HEADING_WORDS = 8      # a longer marked line is a point of a list, not a name
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\Z")
_YEAR = re.compile(r"\d{4}")


def item_heading(text: str, line_start: int, dated: Sequence[tuple[int, int]] = ()) -> str | None:
    """The name on the marked heading line of the item whose text holds the line starting at
    ``line_start``; None when the nearest line above that is neither prose nor a field is not such
    a heading, when another date's line comes first, or when the blurb is too long to be one
    item's. ``dated`` are the spans of the page's dates."""
    prose = 0
    for start, end in lines_above(text, line_start, 2 * MAX_BLURB_LINES + 4):
        line = text[start:end].strip()
        if not line:
            continue
        mark = item_mark().match(text, start, end)
        if any(start <= a < end and not (mark is not None and _YEAR.fullmatch(text, a, b)) for a, b in dated):
            return None            # another date's line: an item of its own, or a list of days
        if mark is not None:
            return _name(text, start, mark.end(), end)    # a year in it is part of the name ("Kite Day 2023")
        if label_of(line) is None:
            if not _prose(line):
                return None        # an unmarked heading: not a marked item's text
            prose += 1
            if prose > MAX_BLURB_LINES:
                return None
    return None


def _name(text: str, start: int, name_start: int, end: int) -> str | None:
    """The marked line's name, when it reads as one and heads an item rather than a plain list."""
    name = " ".join(text[name_start:end].split()).strip("*_ ")
    if (not name or name[0].islower() or len(name.split()) > MAX_HEADING_WORDS or _SENTENCE_END.search(name)
            or label_of(name) is not None or is_generic(name)):
        return None
    above = next(((a, b) for a, b in lines_above(text, start, 3) if text[a:b].strip()), None)
    if above is not None and item_mark().match(text, *above) is not None:
        return None                # "- Free parking" under "- Face painting": a list's row
    return name


def _prose(line: str) -> bool:
    """An item's blurb line: it ends a sentence, or runs longer than a heading."""
    return bool(_SENTENCE_END.search(line)) or len(line.split()) > MAX_HEADING_WORDS
