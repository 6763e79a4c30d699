"""A day counted from the day of writing that the writer glosses with its date in brackets:
"on Thursday next week (October 14)", "tomorrow (June 9)", "next week (14 October)".

The bracketed date is the writer's own reading of the relative words, so it is the day. The
relative words counted from the document's date fall on that day only when the date is known;
on an undated report the guess may be months off ("Thursday next week" on 8 May for a report of
early October), and the two readings then gave two entries, or only the wrong one. So the two
become one expression with the written date's value, spanning both (its title loses both).

A weekday told by its place in a stretch ("the last Saturday of the partial court working days
(Jul. 11)", "the first Monday of term (5 January)") is glossed the same way when the bracket
follows the stretch's few words and its date falls on that weekday: counted from the day of
writing, "the last Saturday" is the one before the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.timex.rawvalue import core_of

STRETCH_WORDS = 8      # words naming the stretch a weekday is placed in ("of the partial court working days")
_WEEKDAY_VALUE = re.compile(r"XXXX-WXX-([1-7])(?:;|\Z)")
_STRETCH = re.compile(r"[ \t]{1,3}(\w+)[ \t]{1,3}([\w'’ \t-]{1,120}?)[ \t]{0,3}\([ \t]{0,3}\Z")


def glossed_days(text: str, ordered: list[Timex]) -> list[Timex]:
    """``ordered`` with each relative day glossed by a written month and day in brackets
    replaced by the gloss, widened to cover the relative words and the brackets."""
    def joined(timex: Timex, gloss: Timex) -> Timex | None:
        close = _glossed(text, timex, gloss)
        return None if close is None else replace(gloss, start=timex.start, end=close, text=text[timex.start:close])
    return joined_pairs(ordered, joined)


def joined_pairs(ordered: list[Timex], join: Callable[[Timex, Timex], Timex | None]) -> list[Timex]:
    """``ordered`` with each expression and the next one that ``join`` makes one expression of
    replaced by that one (each expression joined at most once, left to right)."""
    out: list[Timex] = []
    skip = -1
    for index, timex in enumerate(ordered):
        if index == skip:
            continue
        joined = join(timex, ordered[index + 1]) if index + 1 < len(ordered) else None
        if joined is None:
            out.append(timex)
            continue
        out.append(joined)
        skip = index + 1
    return out


def _glossed(text: str, relative: Timex, gloss: Timex) -> int | None:
    """Where the gloss's closing bracket ends, when ``relative`` is a day counted from the day
    of writing and ``gloss`` writes it out; else None."""
    from calfeed.timex.document_date import gloss_end    # document_date loads calfeed.events (see framing)

    if relative.type != "DATE":
        return None
    if not core_of(relative.raw_value or relative.value).startswith("REF"):
        return _placed_weekday_gloss(text, relative, gloss)
    return gloss_end(text, relative, gloss)


def _placed_weekday_gloss(text: str, relative: Timex, gloss: Timex) -> int | None:
    """Where the gloss's bracket closes when ``relative`` is a weekday placed in a stretch ("the
    last Saturday of the session") and the bracket right after the stretch's words writes a day
    that is that weekday; else None."""
    weekday = _WEEKDAY_VALUE.match(relative.raw_value or "")
    if weekday is None or gloss.start < relative.end or gloss.interval is None or gloss.interval.granularity != "day":
        return None
    stretch = _STRETCH.fullmatch(text, relative.end, gloss.start)
    if (stretch is None or stretch.group(1).lower() not in word_list("placed_weekday_links")
            or len(stretch.group(2).split()) > STRETCH_WORDS):
        return None
    if gloss.interval.start.isoweekday() != int(weekday.group(1)):
        return None
    closing = re.compile(r"[ \t]*\)").match(text, gloss.end)
    return closing.end() if closing is not None else None
