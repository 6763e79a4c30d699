"""A listing's line that opens with its day and clock, then says only where: "Tuesday, 7th May at 20h in
the chapel of Sant Oleguer, Vallmora. (Free but booking required.) Spring Nights at the Chapels. ...".

A week's pick of concerts and shows writes each item so: the first sentence is the day, the clock and the
venue, a bracketed note may follow (price, booking), and then a short name of the show. The first sentence
names no event, so the day took the venue's words ("In the chapel of ...") or the listing's heading as its
title, or nothing. The show's name is the item's title: the first sentence after the venue one (past
bracketed notes) that is short, opens with a capital or a figure ("12th Open Nights") and holds no verb of
a statement (an auxiliary, a modal or a copula: "The trio will play ..." is a description, left alone),
cut at its own bracket.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import line_end, start_of_line

MAX_PLACE_WORDS = 12     # "in the church of Sant Pere de la Vall, Orvell": a venue, not a sentence
MAX_TITLE_WORDS = 10     # "Open Nights: Organ cycle: PELL TRIO"
_LINE_OPENING = " \t*_-•"
MAX_OPENING = 8           # blanks and marks before the day on its line ("  * ", "- ")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TRIM = " \t,;:–—-"
_STATEMENT_LISTS = ("schedule_auxiliaries", "schedule_copulas", "modal_words")


def venue_first_title(text: str, timex: Timex, sentence_at: Callable[[int], tuple[int, int]]) -> str | None:
    """The show's name on the line ``timex`` opens, when its first sentence is only the day, the clock
    and the venue (a place preposition, then at most MAX_PLACE_WORDS words); None otherwise.
    ``sentence_at`` gives the bounds of the sentence at an offset (the page's split: "St." ends none)."""
    if timex.type != "TIME" or timex.end_interval is not None:
        return None
    start = start_of_line(text, timex.start)
    if timex.start - start > MAX_OPENING or text[start:timex.start].strip(_LINE_OPENING):
        return None       # the day opens its line (after a bullet at most): no copy of a long line's head
    end = line_end(text, timex.end)
    first_end = sentence_at(timex.start)[1]
    if first_end >= end:
        return None
    place = text[timex.end:first_end].rstrip(".").split()
    if (not place or place[0].lower() not in word_list("place_prepositions")
            or len(place) > MAX_PLACE_WORDS or "(" in text[timex.end:first_end]):
        return None
    at = _past_notes(text, first_end, end)
    if at is None:
        return None
    sentence = text[at:min(sentence_at(at)[1], end)].rstrip(".")
    title = sentence.split("(", 1)[0].strip(_TRIM)
    words = [w.lower() for w in _WORD.findall(title)]
    statement = frozenset().union(*(word_list(name) for name in _STATEMENT_LISTS))
    if (not words or len(title.split()) > MAX_TITLE_WORDS or not (title[:1].isupper() or title[:1].isdigit())
            or any(w in statement for w in words)):
        return None
    return title


def _past_notes(text: str, at: int, end: int) -> int | None:
    """Where the first sentence after ``at`` begins, past blanks and bracketed notes (brackets may
    nest: "(booking by phone (+376) 844 141.)"); None when the line ends first."""
    depth = 0
    k = at
    while k < end:
        c = text[k]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and not c.isspace():
            return k
        k += 1
    return None
