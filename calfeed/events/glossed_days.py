"""A day counted from the day of writing that the writer glosses with its date in brackets:
"on Thursday next week (October 14)", "tomorrow (June 9)", "next week (14 October)".

The bracketed date is the writer's own reading of the relative words, so it is the day. The
relative words counted from the document's date fall on that day only when the date is known;
on an undated report the guess may be months off ("Thursday next week" on 8 May for a report of
early October), and the two readings then gave two entries, or only the wrong one. So the two
become one expression with the written date's value, spanning both (its title loses both).
"""

from __future__ import annotations

from dataclasses import replace

from calfeed.model import Timex
from calfeed.timex.rawvalue import core_of



def glossed_days(text: str, ordered: list[Timex]) -> list[Timex]:
    """``ordered`` with each relative day glossed by a written month and day in brackets
    replaced by the gloss, widened to cover the relative words and the brackets."""
    out: list[Timex] = []
    skip = -1
    for index, timex in enumerate(ordered):
        if index == skip:
            continue
        gloss = ordered[index + 1] if index + 1 < len(ordered) else None
        close = _glossed(text, timex, gloss) if gloss is not None else None
        if gloss is None or close is None:
            out.append(timex)
            continue
        out.append(replace(gloss, start=timex.start, end=close, text=text[timex.start:close]))
        skip = index + 1
    return out


def _glossed(text: str, relative: Timex, gloss: Timex) -> int | None:
    """Where the gloss's closing bracket ends, when ``relative`` is a day counted from the day
    of writing and ``gloss`` writes it out; else None."""
    from calfeed.timex.document_date import gloss_end    # document_date loads calfeed.events (see framing)

    if relative.type != "DATE" or not core_of(relative.raw_value or relative.value).startswith("REF"):
        return None
    return gloss_end(text, relative, gloss)
