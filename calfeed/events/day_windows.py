"""A window of clocks written with its own day, sentences after the day's entry: "the street clean-up
will take place on Saturday, June 5" / two paragraphs on "... on Saturday, June 5, between the hours of
8.00 am and 11.00 am"; a headline's "Lorry Ban On Friday" / "lorries may not use the ring road from
6 p.m. to 11 p.m. on Friday" in the body.

The window's own sentence names no event (no rule framed it), so it gives no entry of its own, and
it is too far from the day's entry for nearby_clocks. A page that gives one thing on a day and one
window of hours on that day means that thing's hours: the one all-day entry of the day takes the
window, when the window comes after it, no other entry is on that day, no other free window is, and
the window's sentence speaks of the entry's thing (a word of its title, "sanitation", "car" of
"Day-without-a-Car" / "cars"). A listing's other item ("When: ... Sunday, October 8, 10am-4.30pm"
under another heading) shares no word with the entry and times nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from calfeed.events.candidates import Candidate, date_not_written
from calfeed.events.limit_clocks import limit_clock
from calfeed.events.nearby_clocks import Spans, timed_candidate
from calfeed.events.shared_place import PLACELESS_KINDS
from calfeed.events.vocabulary import table
from calfeed.model import Timex

WHY = "written with its day later in the text"
CONTEXT = 300        # characters of the window's sentence read before it, and after it
MIN_WORD = 3         # the shortest word that says what a sentence speaks of
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _window(timex: Timex) -> bool:
    """A clock range on a day the expression writes itself ("from 6 p.m. to 11 p.m. on Friday")."""
    return (timex.type == "TIME" and timex.interval is not None and timex.end_interval is not None
            and timex.interval.granularity == "minute" and not date_not_written(timex)
            and timex.interval.start.date() == timex.end_interval.start.date())


def _all_day(cand: Candidate) -> bool:
    """A one-day entry with no clock, of a kind that is attended (not a deadline or a milestone):
    "Lorry Ban On Friday" as well as "on Saturday, June 5, 2027"."""
    timing = cand.timing
    return (timing.all_day and timing.precision == "exact" and not timing.rrule and isinstance(timing.start, date)
            and (timing.end is None or timing.end == timing.start) and cand.frame.kind not in PLACELESS_KINDS
            and cand.timex.type == "DATE" and cand.timex.interval is not None
            and cand.timex.interval.granularity == "day" and cand.timex.end_interval is None)


def _clocks_only(window: Timex) -> Timex:
    """The window read as its clocks alone, as a clock the tagger gave no day is (the entry has the day)."""
    return replace(window, raw_value=f"XXXX-XX-XXT{window.interval.start:%H:%M}")


def _words(text: str, start: int, end: int) -> set[str]:
    """The words of ``text[start:end]`` of MIN_WORD letters or more, lower-case, hyphened words apart,
    a plural's ending made a singular's (``singular_endings``: "cars" -> "car", "lorries" -> "lorry")."""
    out = set()
    for match in _WORD.finditer(text, start, end):
        word = match.group(0).lower()
        if len(word) < MIN_WORD:
            continue
        for ending, singular, shortest in _singular_endings():
            if len(word) >= shortest and word.endswith(ending):
                word = word[:-len(ending)] + singular       # "lorries" -> "lorry"
                break
        out.add(word)
    return out


@lru_cache(maxsize=None)
def _singular_endings() -> tuple[tuple[str, str, int], ...]:
    """A plural's endings with a singular's in their place, longest first (``singular_endings``)."""
    return tuple((row["ending"], row["singular"], int(row["shortest"])) for row in table("singular_endings"))


def _sentence_around(text: str, window: Timex) -> tuple[int, int]:
    """The window's sentence, at most CONTEXT characters either side of it."""
    low = max(0, window.start - CONTEXT)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, window.start)]
    after = _SENTENCE_END.search(text, window.end, min(len(text), window.end + CONTEXT))
    return (ends[-1] if ends else low), (after.start() if after else min(len(text), window.end + CONTEXT))


def _speaks_of(text: str, window: Timex, title: str) -> bool:
    """Whether the window's sentence, outside the window, has a word of the entry's title."""
    start, end = _sentence_around(text, window)
    said = _words(text, start, window.start) | _words(text, window.end, end)
    return bool(said & _words(title, 0, len(title)))


def windows_on_days(candidates: list[Candidate], text: str, ordered: list[Timex],
                    noted: list[tuple[int, int]] = ()) -> list[Candidate]:
    """``candidates`` with the one all-day entry of a day timed by the one free window of that day
    written after it (see the module's docstring); ``noted``: clocks kept as notes, which time nothing."""
    taken = Spans([(c.timex.start, c.timex.end) for c in candidates] + list(noted))
    windows: dict[date, list[Timex]] = {}
    for timex in ordered:
        if _window(timex) and not taken.overlaps(timex.start, timex.end) and not limit_clock(text, timex):
            windows.setdefault(timex.interval.start.date(), []).append(timex)
    if not windows:
        return candidates
    by_day: dict[date, list[int]] = {}
    for index, cand in enumerate(candidates):
        start = cand.timing.start
        by_day.setdefault(start.date() if hasattr(start, "date") else start, []).append(index)
    out = list(candidates)
    for day, found in windows.items():
        owners = by_day.get(day, [])
        if len(found) != 1 or len(owners) != 1:
            continue
        cand = candidates[owners[0]]
        if _all_day(cand) and cand.timex.end <= found[0].start and _speaks_of(text, found[0], cand.frame.title):
            out[owners[0]] = timed_candidate(cand, _clocks_only(found[0]), WHY)
    return out
