"""Items listed under a lead-in that dates them: "From 1 June until 7, the Harbour Line is partly
shut. During this time, the following stations will be closed:" over "- Line 4 – Quay Station –
closed" and "- Line 2 – Mill Station – closed after 8pm".

Each item names a place and says its state (listed_state_words: "closed", "shut", "suspended") in
its last dash-separated part; the lead-in (a line ending in a colon that points at the list,
listed_day_pointers: "the following") gives the days, its own run or day, or, when it points back
at a stretch told before it (period_anaphors: "during this time"), the last run of days in the
few lines above. Each item is its own entry over those days, titled by its place and state ("Line
4 – Quay Station closed"); a clock in the item's state ("closed after 8pm", "closed from 7am until
7pm") holds on each of the days: a daily series. An item whose state is anything else ("no parking
except for residents") is left to what reads it now; no item is read when the list's lead-in has
no days, or when a rule already made an entry of the item's line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from calfeed.events.candidates import Candidate, DateSpans, Frame, date_not_written
from calfeed.events.timing import Timing, each_day, timing_of
from calfeed.events.vocabulary import word_list
from calfeed.model import ReferenceDate, Timex
from calfeed.text import line_end, start_of_line

LISTED_CLOSURE_NOTE = "an item listed under a lead-in that dates the list: its state over the lead-in's days"
MAX_ITEMS = 20          # items of one list
LOOK_BACK = 600         # characters above a lead-in searched for the stretch "during this time" points at
_DASHES = re.compile(r"\s+[–—-]\s+")


def listed_closures(text: str, dates: DateSpans, reference: ReferenceDate,
                    held: Callable[[], list[int]]) -> list[Candidate]:
    """An entry for each stated item of each list a dated lead-in introduces; ``held`` gives the
    sorted starts of the written days other entries hold (asked only once a dated lead-in is
    found): an item line holding one ("- Mill Lane – closed on 5 August") is left to that entry.
    An entry of a clock alone on an item's line is the item's hours, which its own entry holds
    (without_item_clocks)."""
    found: list[Candidate] = []
    taken: list[int] | None = None
    for colon in _LINE_COLON.finditer(text):
        start = start_of_line(text, colon.start())
        if not _points_at_list(text[start:colon.start()]):
            continue
        days = _lead_days(text, start, colon.end(), dates)
        if days is None:
            continue
        base = timing_of(days, reference, False)
        if base is None or not base.all_day:
            continue
        for first, end in _items(text, colon.end()):
            taken = held() if taken is None else taken
            k = bisect.bisect_left(taken, first)
            if k < len(taken) and taken[k] < end:
                continue       # "- Mill Lane – closed on 5 August": the item's own date made its entry
            made = _item(text, first, end, days, base, dates)
            if made is not None:
                found.append(made)
    return found


_LINE_COLON = re.compile(r":[^\S\n]*$", re.MULTILINE)     # a line that ends in a colon, as a lead-in does


def _points_at_list(line: str) -> bool:
    """Whether a lead-in's words point at the list below (list_lead_pointers: "the following")."""
    lowered = f" {' '.join(line.lower().split())} "
    return any(f" {p} " in lowered for p in word_list("list_lead_pointers"))


def _lead_days(text: str, start: int, end: int, dates: DateSpans) -> Timex | None:
    """The run of days (or the day) the lead-in line dates, or the last run above it that its
    period anaphor points back at."""
    own = [t for t in dates.within((start, end)) if _days(t)]
    if own:
        return own[0]
    line = text[start:end].lower()
    if not any(re.search(rf"\b{re.escape(a)}\b", line) for a in word_list("period_anaphors")):
        return None
    above = [t for t in dates.within((max(0, start - LOOK_BACK), start)) if _days(t) and t.end_interval is not None]
    return above[-1] if above else None


def _days(timex: Timex) -> bool:
    return (timex.type == "DATE" and timex.interval is not None and not timex.approximate
            and timex.interval.granularity == "day")


def _items(text: str, after: int) -> list[tuple[int, int]]:
    """The bulleted lines right under a lead-in ending at ``after`` (blank lines between them
    passed over): each line's start (past its bullet) and end."""
    bullets = word_list("list_bullets")
    items: list[tuple[int, int]] = []
    pos = after
    while len(items) < MAX_ITEMS and pos < len(text):
        nl = text.find("\n", pos)
        if nl < 0:
            break
        start = nl + 1
        end = line_end(text, start)
        stripped = text[start:end].strip()
        pos = end
        if not stripped:
            continue
        mark = stripped.split(None, 1)
        if mark[0] not in bullets or len(mark) < 2:
            break
        first = text.index(mark[1], start)
        items.append((first, first + len(mark[1].rstrip())))
    return items


def _item(text: str, start: int, end: int, days: Timex, base: Timing, dates: DateSpans) -> Candidate | None:
    """The entry of one item: its place and its state over the lead-in's days, or None when its
    last part states no listed state."""
    parts = _DASHES.split(text[start:end])
    if len(parts) < 2:
        return None
    state = parts[-1].strip()
    words = state.split()
    if not words or words[0].lower() not in word_list("listed_state_words"):
        return None
    place = " – ".join(p.strip() for p in parts[:-1])
    title = f"{place} {words[0].lower()}"
    clocks = [t for t in dates.within((start, end)) if t.type == "TIME" and t.start >= start and t.interval is not None]
    timing = replace(base, notes=list(base.notes))
    if clocks:
        clock = clocks[0]
        first = datetime.combine(base.start, clock.interval.start.time())
        if clock.end_interval is not None:
            timing = each_day(Timing(first, datetime.combine(base.start, clock.end_interval.start.time()), False,
                                     "exact"), base.end, clock.text)
        else:
            timing = Timing(first, None, False, "exact", rrule=f"FREQ=DAILY;UNTIL={base.end:%Y%m%d}T235959",
                            notes=[f"from {clock.text} on each day from {base.start.isoformat()} to {base.end.isoformat()}"])
    expression = replace(days, start=start, end=end)
    return Candidate(expression, Frame(title, "event", (start, -1), [LISTED_CLOSURE_NOTE]), timing, None, (start, end))


def without_item_clocks(candidates: list[Candidate], listed: list[Candidate]) -> list[Candidate]:
    """``candidates`` without those of a clock alone (its day taken from context) on the line of
    an item read here ("- Quay Parade car park – shut from 7am until 7pm": the item's daily hours,
    not a lone entry of the first day's)."""
    spans = sorted(c.sentence for c in listed)
    if not spans:
        return candidates
    starts = [s for s, _ in spans]

    def on_item(c: Candidate) -> bool:
        k = bisect.bisect_right(starts, c.timex.start) - 1
        return k >= 0 and c.timex.start < spans[k][1] and date_not_written(c.timex)
    return [c for c in candidates if not on_item(c)]
