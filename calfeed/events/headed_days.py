"""A vague date of an occasion whose days the page lists under the occasion's own name: "The
2027 Booster Clinics will be held during October 2027" over a "Booster Clinics 2027" heading
and its rows ("Tuesday 19/10/27 2:00pm - 4:30pm | Aged 70 and over |"). The rows are the
occasion's days, said exactly; the month-long entry beside them says the same less exactly.
Rows are titled by their own cells, not the heading, so the plain title match of
:func:`calfeed.events.settling.settle_vague` misses them: the heading ties them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from calfeed.events.candidates import Candidate
from calfeed.events.identity import normalise_title
from calfeed.events.shared_place import day_of

MAX_HEADED_LINES = 6     # lines from the heading down to the first row it heads
MAX_HEADING_WORDS = 8    # a heading is a short line
_YEAR = re.compile(r"\b(?:1[89]|2[0-9])[0-9]{2}\b")


def without_headed_vague(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` less each approximate one whose title, a year aside, is a line of its own
    that heads (within MAX_HEADED_LINES lines) an exact entry inside its window."""
    vague = {normalise_title(c.frame.title) for c in candidates
             if c.timing.precision == "approximate" and c.timing.window and c.timing.rrule is None}
    vague.discard("")
    if not vague:
        return candidates
    headings: dict[str, list[int]] = {}      # title -> ends of the lines that are that title
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(line.split()) <= MAX_HEADING_WORDS:
            key = normalise_title(_YEAR.sub(" ", line))
            if key in vague:
                headings.setdefault(key, []).append(end)
        start = end + 1
    if not headings:
        return candidates
    exact = sorted(((c.timex.start, k) for k, c in enumerate(candidates)
                    if c.timing.precision == "exact" and c.timing.rrule is None), key=lambda p: p[0])
    starts = [s for s, _ in exact]
    kept = []
    for cand in candidates:
        ends = headings.get(normalise_title(cand.frame.title)) if cand.timing.precision == "approximate" else None
        if ends and cand.timing.window and cand.timing.rrule is None and _heads_one(cand, ends, exact, starts, candidates, text):
            continue
        kept.append(cand)
    return kept


def _heads_one(vague: Candidate, ends: list[int], exact: list[tuple[int, int]], starts: list[int],
               candidates: list[Candidate], text: str) -> bool:
    """Whether a heading line ending at one of ``ends`` (not the vague date's own line or a line
    next to it, its own row's name) stands over an exact entry whose days fall
    inside the vague one's window, within MAX_HEADED_LINES lines (of any kind: a row's kind is its
    own cell's, "Booster Sessions" a meeting over rows of events)."""
    first, last = vague.timing.window
    own_start = text.rfind("\n", 0, vague.timex.start)
    above = text.rfind("\n", 0, own_start) if own_start >= 0 else -1     # the line before the vague date's
    own_end = text.find("\n", vague.timex.end)
    next_end = text.find("\n", own_end + 1) if own_end >= 0 else -1
    own_rows = len(text) if next_end < 0 else next_end
    for end in ends:
        if above < end <= own_rows:
            continue      # "Throughout June" / "Swimming lessons for Year 2", "Consultation opens" / "March 2027": its own row's name
        reach = end
        for _ in range(MAX_HEADED_LINES + 1):     # the end of the last line a headed row may open on
            found = text.find("\n", reach + 1)
            reach = len(text) if found < 0 else found
        k = bisect_right(starts, end)
        while k < len(exact) and exact[k][0] < reach:
            other = candidates[exact[k][1]]
            if first <= day_of(other.timing.start) and day_of(other.timing.end or other.timing.start) <= last:
                return True
            k += 1
    return False
