"""A page whose heading calls its event off: "Flower Carpet 2020 (cancelled)", "CANCELLED: Spring
Fair", "Harbour regatta called off".

An events listing keeps a cancelled event's page up, its days and field list ("Period: Thursday, 6
May, 2021 to Sunday, 9 May, 2021") unchanged; only the heading says the event is off. Those
days are no calendar entries: each goes to the review report as cancelled. The heading's mark is read
as a row's note is (cancelled.noted_off: a bare state in its own part of the line, or after the event
noun it calls off); a "postponed" heading leaves the new day to the text. A year the heading writes
("... 2020 (cancelled)") limits the cancelled days to that year: the page may announce the next edition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calfeed.events.candidates import Candidate
from calfeed.events.cancelled import noted_off
from calfeed.events.places import opening_line_spans
from calfeed.model import Document

_YEAR = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d(?![\d,.]\d)")


@dataclass(frozen=True)
class HeadingOff:
    cue: str               # the heading's words that call the event off ("cancelled")
    year: int | None       # the year the heading writes, if one


def heading_off(doc: Document) -> HeadingOff | None:
    """Whether the page's title or its first line calls the page's event off."""
    headings = [doc.title] if doc.title else []
    headings += [line for _, _, line in opening_line_spans(doc.text, 1)]
    for heading in headings:
        cue = _heading_cue(heading.strip())
        if cue is not None:
            years = {int(y) for y in _YEAR.findall(heading)}
            return HeadingOff(cue, years.pop() if len(years) == 1 else None)
    return None


def _heading_cue(heading: str) -> str | None:
    """The state that calls the heading's event off, when it stands as a heading's mark: in brackets,
    after a dash, bar or colon at the line's end, or before one at its start ("Lantern Walk (cancelled)",
    "Regatta – CANCELLED", "Cancelled: Spring Fair"), or ending a short heading ("Quiz night called
    off"). A sentence opening a page ("The cancelled match will be replayed on ...") is no such mark."""
    cue = noted_off(heading, [(0, len(heading))], [], moved=False)
    if cue is None:
        return None
    state = cue.split()[-1]
    at = heading.find(state)
    before, after = heading[:at].rstrip(), heading[at + len(state):].strip()
    closing = after.strip(" !.") == ""
    if before.endswith(("(", "[")) and after[:1] in (")", "]"):
        return cue
    if (before[-1:] in _MARKS and closing) or (not before and after[:1] in _MARKS):
        return cue
    return cue if closing and len(heading.split()) <= SHORT_HEADING_WORDS else None


SHORT_HEADING_WORDS = 8
_MARKS = "-–—|:"


def without_cancelled_page(candidates: list[Candidate], off: HeadingOff | None) -> tuple[list[Candidate], list[Candidate]]:
    """The candidates kept, and those the heading calls off (in its year, when it writes one)."""
    if off is None:
        return candidates, []
    kept: list[Candidate] = []
    dropped: list[Candidate] = []
    for cand in candidates:
        start = cand.timing.start
        if off.year is None or start.year == off.year:
            dropped.append(cand)
        else:
            kept.append(cand)
    return kept, dropped
