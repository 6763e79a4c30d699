"""A release headed by its title and its day ("Presentation of Credentials, 19 July 2022",
"Appointment of Ambassadors – 10 September 2025") over a paragraph that tells in the past what
was done "today" reports that day's news: the heading gives the release's title and date, and
its day is no entry. A page of releases (a ministry's newsroom, a wire digest) stacks several
such headings; one whose paragraph announces ("will make a State Visit ... from 12 to 14 March")
or tells what comes today ("will open its telescopes ... today") keeps its entry."""

from __future__ import annotations

from bisect import bisect_left

from calfeed.events.candidates import Candidate
from calfeed.events.shared_place import day_of
from calfeed.model import Timex
from calfeed.text import SENTENCE_MARKS, line_end, start_of_line
from calfeed.timex.rawvalue import TODAY

HEADING_CHARS = 160      # a heading line is short; a longer line is a paragraph of prose
_AFTER_DAY = " \t*_#.:;,-–—)]"     # what may close a heading line after its date


def without_reported_headings(text: str, chosen: list[Candidate], timexes: list[Timex]) -> list[Candidate]:
    """``chosen`` less the days of release headings whose paragraph reports them as done today.
    The expressions are put in text order once, so that each heading reads only those of the
    paragraph below it (it read every expression of the page: square on a long list of days)."""
    ordered = sorted(timexes, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    return [c for c in chosen if not _reported_heading(text, c, ordered, starts)]


def _reported_heading(text: str, cand: Candidate, ordered: list[Timex], starts: list[int]) -> bool:
    timex = cand.timex
    if timex.type != "DATE" or timex.interval is None or cand.timing.rrule is not None:
        return False
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    if end - start > HEADING_CHARS:
        return False          # (told before the line is copied: every date of a long line asks)
    lead = text[start:timex.start]
    if (text[timex.end:end].strip(_AFTER_DAY)
            or not any(c.isalpha() for c in lead) or any(f"{mark} " in lead for mark in SENTENCE_MARKS)):
        return False
    below = _paragraph_below(text, end)
    if below is None:
        return False
    day = day_of(cand.timing.start)
    return any(_today(t) and t.tense == "past" and t.interval is not None and t.interval.start.date() == day
               for t in ordered[bisect_left(starts, below[0]):bisect_left(starts, below[1])])


def _paragraph_below(text: str, after: int) -> tuple[int, int] | None:
    """The span of the first paragraph under the line ending at ``after``."""
    start = after
    while start < len(text) and text[start] in "\n \t":
        start += 1
    if start >= len(text):
        return None
    end = text.find("\n\n", start)
    return start, len(text) if end < 0 else end


def _today(timex: Timex) -> bool:
    """A day the text names by the day it was written ("today"), not by its number."""
    raw = timex.raw_value or timex.value
    return raw.split(";")[0] == TODAY
