"""A story's dateline: where and when it was filed, never an event's place and date.

Four shapes: "VIENNA, 21 June 2011 (UNODC) - ...", "GENEVA (3 March 2026) - ...", a bare
"March 3, 2026 — ..." opening the body, and "LOS ANGELES (AP) — ...", undated or with its day
after the agency's dash ("GENEVA (Reuters) - 12 March 2019 - ..."). The dash closing it is what makes it a dateline; a
date opening a line of a dated list ("12 January 2027 – Opening session") is not one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from calfeed.events.places import (Place, dateline_end, dateline_place, gazetteer, lookup, opening_lines,
                                   story_start)
from calfeed.model import Timex

STORY_DASHES = "-–—"        # a bare date before a colon opens an agenda line more often than a story


MAX_PLACES_GAP = 40      # characters of further places between a dateline's first place and its date


@dataclass(frozen=True)
class Dateline:
    place: Place | None
    date: tuple[int, int] | None       # the dateline's own date, if it has one
    cut: int | None                    # where the story starts (None: no dash closes it)

    def holds(self, timex: Timex) -> bool:
        return self.date is not None and self.date[0] <= timex.start and timex.end <= self.date[1]


def find_dateline(text: str, timexes: Sequence[Timex]) -> Dateline | None:
    """The dateline opening the document, if any. A range ("Leeds, 14–15 September 2027")
    is when an event runs, never the day a story was filed."""
    ordered = sorted((t for t in timexes if not _is_range(t)), key=lambda t: t.start)
    place = dateline_place(text, [(t.start, t.end) for t in ordered])
    if place is not None:
        own = next((t for t in ordered if _after_place(text, place, t)), None)
        return Dateline(place, (own.start, own.end) if own else None,
                        dateline_end(text, place, own.end if own else None))
    return _bare_dateline(text, ordered) or _agency_dateline(text, ordered)


def _is_range(timex: Timex) -> bool:
    return timex.end_interval is not None or ";to=" in (timex.raw_value or "")


def _after_place(text: str, place: Place, timex: Timex) -> bool:
    if timex.start < place.end:        # a date in the headline above is not the dateline's
        return False
    gap = text[place.end:timex.start]
    if len(gap) <= 4:
        return gap.strip() in (",", "")
    # "CAMBRIDGE, Mass. and LONDON, Sept. 8, 2027": more places of the dateline before its date
    return (len(gap) <= MAX_PLACES_GAP and gap.rstrip().endswith(",") and "\n" not in gap
            and not any(c.isdigit() for c in gap))


def _bare_dateline(text: str, timexes: list[Timex]) -> Dateline | None:
    """"March 3, 2026 — ..." or "GENEVA (3 March 2026) - ..." on one of the opening lines."""
    found: list[Dateline] = []
    for start in opening_lines(text):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        timex = next((t for t in timexes if start <= t.start < line_end), None)
        if timex is None or timex.span is None or timex.span.granularity != "day" or timex.problem:
            continue
        if not any(c.isdigit() for c in timex.text):
            continue                     # "New Year - New Events": a holiday's name heads a title, a dateline writes its day
        before = text[start:timex.start].rstrip(" \t(,")
        canonical = (lookup(before) or lookup(before.split(",")[0].strip())) if before else None
        if before and not canonical:
            continue                     # "CAMBRIDGE, Mass. and LONDON, Sept. 8, 2027": its first place
        cut = _story_start(text, timex.end)
        if cut is None:
            continue
        place = Place(canonical, gazetteer()[canonical], start, start + len(before)) if canonical else None
        found.append(Dateline(place, (timex.start, timex.end), cut))
    return found[0] if len(found) == 1 else None       # several: the lines of a dated list


def _agency_dateline(text: str, timexes: list[Timex]) -> Dateline | None:
    """"LOS ANGELES (AP) — A judge on Monday ...": a known place, an agency in brackets and a
    dash, with no date, on one of the opening lines. A date in the brackets is the bare
    dateline's ("GENEVA (3 March 2026) -"); an unknown name ("ACME (NYSE) —") is none."""
    for start in opening_lines(text):
        match = _PLACE_BEFORE_BRACKET.match(text, start)
        if match is None:
            continue
        canonical = lookup(match.group(1).strip())
        close = text.find(")", match.end())
        if (canonical is None or any(match.end() <= t.start < close for t in timexes)
                or (cut := story_start(text, match.end() - 1, STORY_DASHES)) is None):
            continue
        written = match.group(1).strip()
        place = Place(canonical, gazetteer()[canonical], start, start + len(written))
        dated = _date_after_wire(text, cut, timexes)
        return Dateline(place, dated[0], dated[1]) if dated is not None else Dateline(place, None, cut)
    return None


def _date_after_wire(text: str, cut: int, timexes: list[Timex]) -> tuple[tuple[int, int], int] | None:
    """"GENEVA (Reuters) - 12 March 2019 - The Board ...": the day written between the agency's
    dash and a second dash is the dateline's, and the story starts after it."""
    at = cut
    while at < len(text) and text[at] in " \t":
        at += 1
    timex = next((t for t in timexes if t.start == at), None)
    if (timex is None or timex.span is None or timex.span.granularity != "day" or timex.problem
            or not any(c.isdigit() for c in timex.text)):
        return None
    after = story_start(text, timex.end, STORY_DASHES)
    return ((timex.start, timex.end), after) if after is not None else None


_PLACE_BEFORE_BRACKET = re.compile(r"([A-Z][A-Za-z.'’ -]{1,40}?)[ \t]{0,3}\(")


def _story_start(text: str, cursor: int) -> int | None:
    """Past the bracket closing "GENEVA (3 March 2026", then as after any dateline."""
    while cursor < len(text) and text[cursor] in " \t":
        cursor += 1
    if text.startswith(")", cursor):
        cursor += 1
    wire = _WIRE.match(text, cursor)     # "Sept. 8, 2027 (GLOBE NEWSWIRE) --", "/PRNewswire/ --"
    if wire is not None:
        cursor = wire.end()
    return story_start(text, cursor, STORY_DASHES)


_WIRE = re.compile(r"[ \t]{0,3}(?:\((?-i:[A-Z][A-Z .&-]{1,30})\)|/(?-i:[A-Za-z][A-Za-z -]{1,30})/)")
