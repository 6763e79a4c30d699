"""A heading that dates the timed slots under it: "## Tentative schedule (15 May)" over a table
of sessions, "Provisional schedule - 12 May 2026" over "10:00 - 11:00 Welcome talk". A
programme writes its day once, in the heading, and each slot under it takes that day; the
heading is the slots' day, not an all-day entry of its own beside them (a day heading with
its rows' clocks under it gives none either, date_headings).

A heading here is a short line that ends no sentence, and its entry is named by a list's noun
(list_title_nouns: "schedule", "programme", "timetable"); a heading naming the event itself
("Indicative programme - Foreign Affairs Council of 25 June 2018" over its agenda's clocks)
keeps its entry. Its slots are entries on its day timed by
a clock that writes no day of its own, the first of them within a few filled lines under the
heading (a table's header and rule lines between), at least two in all."""

from __future__ import annotations

from calfeed.events.candidates import Candidate, date_not_written
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import word_list
from calfeed.text import line_bounds, line_end

MAX_HEADING_WORDS = 10       # a longer line is a sentence, not a heading
MAX_REACH_LINES = 4          # filled lines from the heading to its first slot
MIN_SLOTS = 2
SENTENCE_ENDS = ".!?;"
_MARKS = " \t*_#"


def without_slot_headings(chosen: list[Candidate], text: str) -> list[Candidate]:
    """``chosen`` without the all-day entries of headings over their day's timed slots."""
    slots: dict = {}
    for cand in chosen:
        if not cand.timing.all_day and cand.timing.rrule is None and date_not_written(cand.timex):
            slots.setdefault(day_of(cand.timing.start), []).append(cand.timex.start)
    if not slots:
        return chosen
    return [c for c in chosen if not _over_its_slots(c, text, slots)]


def _over_its_slots(cand: Candidate, text: str, slots: dict) -> bool:
    """Whether the candidate is an all-day day on a heading line with its day's slots under it."""
    timing = cand.timing
    named = cand.frame.title.lower().split()
    if not named or named[-1] not in word_list("list_title_nouns"):
        return False          # "Foreign Affairs Council of 25 June 2018" over its agenda's clocks: the meeting itself
    if not timing.all_day or timing.rrule is not None or (timing.end is not None and timing.end != timing.start):
        return False
    below = sorted(s for s in slots.get(day_of(timing.start), []) if s > cand.timex.end)
    if len(below) < MIN_SLOTS:
        return False
    begin, end = line_bounds(text, cand.timex.start)
    if end < cand.timex.end:
        end = line_end(text, cand.timex.end)     # a date written over two lines: the heading ends with its last
    line = text[begin:end].strip(_MARKS)
    if not line or len(line.split()) > MAX_HEADING_WORDS or line[-1] in SENTENCE_ENDS or below[0] < end:
        return False
    return _filled_lines(text, end, below[0]) <= MAX_REACH_LINES


def _filled_lines(text: str, start: int, stop: int) -> int:
    """How many lines with words start between ``start`` and ``stop``, the line holding ``stop``
    included."""
    return sum(1 for line in text[start:stop].split("\n")[1:] if line.strip(_MARKS + "|-"))
