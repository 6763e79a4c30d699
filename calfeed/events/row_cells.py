"""What one cell of a table's row says about the row as a whole.

A plan's timeline often writes who acts in its task column and what they do in the next
("| 9th May 2018 | NPWG | Deliver Pre-Submission Plan documents to Parish Council |"): a cell
that is only a body's initials names no entry by itself, the next cell's words do.
"""

from __future__ import annotations

import re

from calfeed.events.phrases import kind_of
from calfeed.events.vocabulary import word_list

_INITIALS = re.compile(r"[A-Z][A-Z0-9]*[A-Z](?:'?s)?\Z")


def first_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first cell of the table line ``text[start:end]`` as (start, end): from past a leading
    bar to the next bar; None when the line has no bar after its first cell."""
    while start < end and text[start] in " \t|":
        start += 1
    bar = text.find("|", start, end)
    return (start, bar) if start < end and bar >= 0 else None


def actor_only(cell: str) -> bool:
    """A cell of initials alone ("NPWG", "PC", "SG & PC") that holds no event noun ("AGM" does)."""
    joiners = word_list("actor_cell_joiners")
    words = [w for w in cell.replace("/", " / ").split() if w.lower() not in joiners]
    return bool(words) and all(_INITIALS.match(w) for w in words) and kind_of(cell) == "event"


def with_act(title: str, cell: str) -> str:
    """``title`` as "<who>: <what>" when it is only initials and ``cell`` (the next cell's
    name) says what they do; a cell that is a known place says where, not what."""
    from calfeed.events.places import lookup       # places loads the gazetteer

    if not actor_only(title) or not cell[:1].isalnum() or lookup(cell.rstrip(" .")):
        return title
    return f"{title}: {cell}"
