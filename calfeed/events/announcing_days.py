"""The page's own day told as when news was given, beside the day the news announces: "Tonight
(March 2), the mayor announced the polling day as April 14": the phrase "polling day" is claimed by
three dates, and the sharpest ("tonight", a part of the day) would win it, so the future day the
sentence announces was lost without a word. A day on the page's own day, told in the past, before a
saying verb (saying_verbs: "announced", "said") that precedes a later day written out for the same
phrase, is when the announcing happened; the later day is what was announced, and the phrase is its
alone. (The announcing day is no entry of its own either: it is the page's day, and the news is over.)
A past start before the page's day ("The show opened on 4 September and closes on 12 September") is no
announcing, and stays."""

from __future__ import annotations

import re

from calfeed.events.candidates import Candidate
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import word_list
from calfeed.model import ReferenceDate

_WORD = re.compile(r"[^\W\d_]+")
MAX_GAP = 200      # characters between the announcing day and the announced one


def without_announcing_days(candidates: list[Candidate], reference: ReferenceDate, text: str) -> list[Candidate]:
    """``candidates`` without the past-told days on the page's day that a saying verb ties to a
    written day after it of the same phrase."""
    if reference.value is None or reference.inferred:
        return candidates
    page_day = reference.value
    announced: dict[tuple[tuple[int, int], str], list[int]] = {}     # each phrase's written days ahead, where
    for cand in candidates:
        if (cand.timing.rrule is None and any(ch.isdigit() for ch in cand.timex.text)
                and day_of(cand.timing.start) > page_day):
            announced.setdefault((cand.frame.anchor, cand.frame.kind), []).append(cand.timex.start)
    if not announced:
        return candidates
    return [c for c in candidates if not _announcing(c, announced.get((c.frame.anchor, c.frame.kind), ()), page_day, text)]


def _announcing(cand: Candidate, later: list[int] | tuple, page_day, text: str) -> bool:
    if not later or cand.timex.tense != "past" or cand.timing.rrule is not None or day_of(cand.timing.start) != page_day:
        return False
    sayings = word_list("saying_verbs")
    return any(0 < start - cand.timex.end <= MAX_GAP
               and any(w.lower() in sayings for w in _WORD.findall(text, cand.timex.end, start))
               for start in later)
