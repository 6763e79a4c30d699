"""Weekly programmes that start on a day the paragraph over them states.

"Free holiday clubs for all ages begin July 2! ... What's on:" over "Story Hour: ... 11 a.m.
on Thursdays" / "Lego Lab: ... 3 p.m. on Thursdays":
each programme line writes only its weekday, and is read as a series from the page's date; but the
paragraph above says when the programmes begin. A series with no start of its own, on a programme
line ("Name: ...") under such a paragraph with only other programme lines between them, starts on
its first weekday on or after the stated day. Any other line in between (a heading: "Other news",
"Thursday, June 1"; a sentence of prose) ends the paragraph's reach, and a paragraph with a series
in its sentence ("holds office hours every Tuesday ..., starting on 12 January") starts only that one.

A sentence that announces the schedule itself changing from the day ("our class timetable changes
starting on 1 March"; schedule_change_words), or resuming on it ("Regular sailings will resume the
week after on Monday, 14 September"; series_resumption_words, a few words before the day) reaches further: every
series counted from the page's date that the letter then sets out, in prose or on programme lines,
starts on or after it, up to a section heading or another such day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time

from calfeed.events.candidates import Candidate
from calfeed.events.timing import FROM_REFERENCE_NOTE, first_occurrence
from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import line_bounds, lines_above

INTRO_LINES = 24           # lines (blank ones too) searched above a programme line for its paragraph
CHANGE_LINES = 80          # lines searched above a series for a schedule change's start ("changes ... beginning on")
HEADING_WORDS = 6          # a line this short with no stop or colon is a section heading
NAME_WORDS = 6             # words of a programme's name before its colon ("Book Bunch:", "LEGO Club:")
ONSET_REACH_DAYS = 366     # a stated start further ahead of the page's date than this is another year's
RESUME_WORDS = 5           # words read back from an onset day for a resumption ("resume the week after on")
LEAD_CHARS = 50            # characters read back from a day for its onset or resumption word
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def introduced_starts(chosen: list[Candidate], text: str, ordered: list[Timex], reference: date | None
                      ) -> list[Candidate]:
    """``chosen`` with each series counted from the document's date moved to the start day the
    paragraph over its line states ("starting June 6"), when there is one."""
    if reference is None or not any(c.timing.from_reference for c in chosen):
        return chosen
    onsets = _onsets(text, ordered, reference)
    if not onsets:
        return chosen
    changes = {start for start, onset in onsets.items() if _schedule_change(text, onset) or _resumption(text, onset)}
    out = []
    for c in chosen:
        if not c.timing.from_reference or "UNTIL=" in (c.timing.rrule or ""):
            out.append(c)
        elif (_programme_line(text[slice(*line_bounds(text, c.timex.start))].strip())
              and (onset := _onset_above(text, c.timex.start, onsets)) is not None):
            out.append(_moved(c, onset, "the paragraph over it says the programmes start"))
        elif (onset := _change_above(text, c.timex.start, onsets, changes)) is not None:
            out.append(_moved(c, onset, "the schedule change set out above it holds from"))
        else:
            out.append(c)
    return out


def _onsets(text: str, ordered: list[Timex], reference: date) -> dict[int, Timex]:
    """The days written right after an onset word ("starting June 6", "beginning on 4 March"),
    ahead of the page's date, by the start of their line."""
    words = word_list("series_onset_words")
    found: dict[int, Timex] = {}
    series = [t for t in ordered if t.type == "SET"]
    for timex in ordered:
        span = timex.span
        if (timex.type != "DATE" or span is None or span.granularity != "day" or timex.end_interval is not None
                or not any(c.isdigit() for c in timex.text)):
            continue
        day = span.start.date()
        if not 0 < (day - reference).days <= ONSET_REACH_DAYS:
            continue
        before = text[max(0, timex.start - LEAD_CHARS):timex.start].split()
        if before and before[-1].lower() in word_list("introduced_day_links"):
            before = before[:-1]
        if ((before and before[-1].lower().strip("(,") in words or _resumed(before))
                and not any(_same_sentence(text, t, timex) for t in series)):
            found.setdefault(text.rfind("\n", 0, timex.start) + 1, timex)   # a sentence's own series starts there
    return found


def _resumed(before: list[str]) -> bool:
    """A resumption word (series_resumption_words) among the last RESUME_WORDS words before a day,
    with no stop or comma after it: "Regular sailings will resume the week after on Monday,
    14 September" says the regular schedule holds again from that day."""
    for word in reversed(before[-RESUME_WORDS:]):
        if word[-1:] in ".,;:!?":
            return False
        if word.lower() in word_list("series_resumption_words"):
            return True
    return False


def _same_sentence(text: str, one: Timex, other: Timex) -> bool:
    """No line break or sentence end between the two expressions."""
    gap = text[min(one.end, other.end):max(one.start, other.start)]
    return "\n" not in gap and _SENTENCE_END.search(gap) is None


def _onset_above(text: str, start: int, onsets: dict[int, Timex]) -> Timex | None:
    """The onset day of the paragraph over the line holding ``start``, when only programme lines
    lie between them."""
    line_start = text.rfind("\n", 0, start) + 1
    for begin, end in lines_above(text, line_start, INTRO_LINES):
        if begin in onsets:
            return onsets[begin]
        line = text[begin:end].strip()
        if line and not _programme_line(line):
            return None       # a heading ("Other news") or prose of its own between them
    return None


def _resumption(text: str, onset: Timex) -> bool:
    """The onset is a resumption's day ("will resume ... on 8 September"): like a schedule change,
    it holds for the series the page sets out below it."""
    return _resumed(text[max(0, onset.start - LEAD_CHARS):onset.start].split())


def _schedule_change(text: str, onset: Timex) -> bool:
    """The onset's sentence says a schedule changes from its day (schedule_change_words)."""
    line_start, line_stop = line_bounds(text, onset.start)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, line_start, onset.start)]
    opening = stops[-1] if stops else line_start
    ending = _SENTENCE_END.search(text, onset.end, line_stop)
    words = text[opening:ending.start() if ending else line_stop].lower().split()
    return any(w.strip(",;:()") in word_list("schedule_change_words") for w in words)


def _change_above(text: str, start: int, onsets: dict[int, Timex], changes: set[int]) -> Timex | None:
    """The day a schedule change above the line holding ``start`` holds from, when no section
    heading and no other onset stands between them."""
    line_start = text.rfind("\n", 0, start) + 1
    for begin, end in lines_above(text, line_start, CHANGE_LINES):
        if begin in onsets:
            return onsets[begin] if begin in changes else None
        line = text[begin:end].strip()
        if line.startswith("#") or (line and len(line.split()) <= HEADING_WORDS
                                    and not _SENTENCE_END.search(line + " ") and not line.endswith(":")):
            return None       # "Other news": a section of its own
    return None


def _programme_line(line: str) -> bool:
    """A programme's line: its name, a colon, then what it is ("Book Bunch: stories for toddlers ...")."""
    name, colon, rest = line.partition(":")
    return bool(colon) and bool(rest.strip()) and 0 < len(name.split()) <= NAME_WORDS \
        and not any(c.isdigit() for c in name)


def _moved(candidate: Candidate, onset: Timex, why: str) -> Candidate:
    """The candidate's series started on its first occurrence on or after ``onset``'s day, the
    day ``why`` tells."""
    said = " ".join(onset.text.split())
    return started_on(candidate, onset.span.start.date(),
                      f"series starts on the first occurrence on or after \"{said}\", the day {why}")


def started_on(candidate: Candidate, day: date, note: str) -> Candidate:
    """The candidate's series (counted from the document's date) started on its first occurrence
    on or after ``day`` instead, ``note`` saying why; unchanged when that is no later."""
    timing = candidate.timing
    clock = timing.start.time() if isinstance(timing.start, datetime) else time(0)
    first = first_occurrence(timing.rrule or "", datetime.combine(day, clock))
    if first is None:
        return candidate
    old = timing.start if isinstance(timing.start, datetime) else datetime.combine(timing.start, time(0))
    if first <= old:
        return candidate
    shift = first - old
    start = first if isinstance(timing.start, datetime) else first.date()
    end = timing.end + shift if timing.end is not None else None
    notes = [n for n in timing.notes if not n.startswith(FROM_REFERENCE_NOTE)]
    notes.append(note)
    return replace(candidate, timing=replace(timing, start=start, end=end, notes=notes, from_reference=False))
