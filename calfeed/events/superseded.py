"""A date replaced by the next one: "Submission deadline: March 15, 2027 (extended to March
22, 2027)". Calls for papers extend deadlines in place, so the old date must not stay in a
subscriber's calendar beside the new one.
"""

from __future__ import annotations

from collections.abc import Sequence

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

MAX_GAP = 40            # characters between the old date and the new one
_DROPPED = str.maketrans({c: " " for c in "()[],;:-–—"})


def replaced_dates(text: str, ordered: Sequence[Timex]) -> dict[tuple[int, int], Timex]:
    """Each replaced date's span, with the date that replaces it (the next date, when only
    supersede_marks stand between them)."""
    marks = word_list("supersede_marks")
    found: dict[tuple[int, int], Timex] = {}
    for old, new in zip(ordered, ordered[1:]):
        if old.type not in ("DATE", "TIME") or new.type not in ("DATE", "TIME"):
            continue
        gap = text[old.end:new.start]
        if len(gap) > MAX_GAP or "\n" in gap:
            continue
        if " ".join(gap.translate(_DROPPED).lower().split()) in marks:
            found[(old.start, old.end)] = new
    return found
