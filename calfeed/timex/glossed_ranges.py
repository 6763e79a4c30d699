"""A bracketed aside between the two ends of a "from" range.

"from Monday, 9 February 2026 (by the lunar calendar, the year's last days) to Sunday, 15 February 2026": the
bracket restates the start in another calendar (or adds a note), and a range link follows it. Without reading
past the bracket the two days stay apart, each a one-day event. The bracket is read only right after the
start and only up to a bounded length, so the pass stays linear.
"""

from __future__ import annotations

import re

GLOSS_MAX = 120      # characters inside the bracket; a longer aside is a sentence of its own

# One bracket with no other bracket and no line break inside, opening right after the start.
_GLOSS = re.compile(rf"[^\S\n]{{0,2}}\([^()\n]{{1,{GLOSS_MAX}}}\)")


def gloss_end(text: str, at: int) -> int | None:
    """Where a bracketed aside that opens at ``at`` closes (just after its bracket), or None for none."""
    if text.find("(", at, at + 3) < 0:
        return None      # (the bracket stands within the two blanks _GLOSS allows: most dates have none after them)
    found = _GLOSS.match(text, at)
    return found.end() if found is not None else None
