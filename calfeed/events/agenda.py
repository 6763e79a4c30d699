"""A slot of a programme: "13:15–14:45 Panel: Data ethics in practice". The line after the
clock is the slot's whole name, richer than the event word inside it ("Panel"), and its day
comes from the heading above ("Day 1 — Tuesday 14 September"), which resolution supplies.
"""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

MAX_SLOT_TITLE = 120      # characters: longer lines are prose, not a slot's name
SEPARATORS = " \t:|–—-"
_EMPHASIS = str.maketrans({c: None for c in "*_`"})


def slot_title(text: str, timex: Timex) -> str | None:
    """The rest of the line after a clock time that opens it, or None when the time does
    not open its line or nothing follows it."""
    if timex.type != "TIME":
        return None
    start = text.rfind("\n", 0, timex.start) + 1
    if text[start:timex.start].strip() not in word_list("list_bullets") | {""}:
        return None
    end = text.find("\n", timex.end)
    end = len(text) if end < 0 else end
    rest = " ".join(text[timex.end:end].lstrip(SEPARATORS).translate(_EMPHASIS).split()).rstrip(".;")
    if not rest or len(rest) > MAX_SLOT_TITLE or not rest[0].isalpha():
        return None
    return rest[:1].upper() + rest[1:]
