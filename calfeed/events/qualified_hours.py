"""Rows of hours that qualify something the page dates elsewhere: "The hours of the closure will vary as
follows:" over "weeknights: 10:30 pm until 4:30 am" / "the Saturday night: from 1 am to 8:30 am".

Each row names weekdays and a clock range, and read alone it became an entry near the page's date or a
weekly series with no end. But the lead-in says the rows only tell how the hours of its subject (the
closure, whose nights the page gives in another sentence) vary from night to night: they are a rule on
that subject's span, not occasions. A lead-in is a line ending in a colon with a word of
varying_hours_nouns ("hours") and one of varying_hours_cues ("vary"); its rows are the lines right under it
(blank lines skipped) that each hold a date or clock, up to the first that holds none. Each entry framed
on such a row is left out, and the report says why.
"""

from __future__ import annotations

from bisect import bisect_left

from calfeed.events.candidates import Candidate
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.text import back_over, line_end, start_of_line

MAX_ROWS = 12            # rows read under one lead-in
QUALIFIED_WHY = "hours that qualify what the line above them (\"{}\") is about: no entry of their own"


def qualified_rows(text: str, date_starts: list[int]) -> dict[int, str]:
    """Each row of hours under a varying-hours lead-in, by its line's start, mapped to the lead-in's
    words; ``date_starts``: where each date or clock of the page starts, in order."""
    rows: dict[int, str] = {}
    at = 0
    while at < len(text):
        end = line_end(text, at)
        if text.endswith(":", at, back_over(text, at, end, " \t*_")) and _varying(text, at, end):
            lead = " ".join(text[at:end].split())
            for row in _rows_below(text, end, date_starts):
                rows[row] = lead
        at = end + 1
    return rows


def without_qualified_hours(chosen: list[Candidate], text: str, date_starts: list[int]
                            ) -> tuple[list[Candidate], list[tuple[Candidate, str]]]:
    """``chosen`` without the entries framed on rows of hours under a varying-hours lead-in; and those
    entries, each with the reason the report gives."""
    rows = qualified_rows(text, date_starts) if ":" in text else {}
    if not rows:
        return chosen, []
    kept: list[Candidate] = []
    left: list[tuple[Candidate, str]] = []
    for cand in chosen:
        begin = start_of_line(text, cand.timex.start)
        if begin in rows:
            left.append((cand, QUALIFIED_WHY.format(rows[begin])))
        else:
            kept.append(cand)
    return kept, left


def _varying(text: str, begin: int, end: int) -> bool:
    said = {w.lower for w in words_in(text, begin, end) if w.is_word}
    return bool(said & word_list("varying_hours_cues")) and bool(said & word_list("varying_hours_nouns"))


def _rows_below(text: str, lead_end: int, date_starts: list[int]) -> list[int]:
    """The starts of the lines right under a lead-in ending at ``lead_end`` that each hold a date or clock."""
    rows: list[int] = []
    at = lead_end + 1
    while at < len(text) and len(rows) < MAX_ROWS:
        end = line_end(text, at)
        if text[at:end].strip():
            k = bisect_left(date_starts, at)
            if k == len(date_starts) or date_starts[k] >= end:
                break
            rows.append(at)
        at = end + 1
    return rows
