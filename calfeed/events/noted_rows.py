"""Rows of a flattened table under a note that says its dates are deadlines.

A page of important dates copied as text loses its table's borders: the header and each row become a
line of glued cells ("BandClosing" / "Early birdJanuary 31"), under a note such as "Deadline times
are 12:00 noon, CET." The rows' labels name which deadline ("Early bird", "Posters"), not that
it is one, so the note says it: every labelled row of the block right under it is a deadline (and the
note's clock, read by deadline_rules, then times it). The pipe-table form is table_rows' own; this is
the same note over rows with no pipe left.
"""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.text import line_bounds, lines_above

MAX_BLOCK_LINES = 30      # rows of one block read up to its top
MAX_NOTE_CHARS = 200      # a note is one short line, not a paragraph that mentions deadlines
NOTED_ROW_NOTE = "a row of the block under a note saying its dates are deadlines"


def noted_deadline_row(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a row of a block of filled lines whose note (the first
    filled line above the block, past blank lines) or first line says its dates are deadlines."""
    top, _ = line_bounds(text, at)
    for begin, end in lines_above(text, top, MAX_BLOCK_LINES):
        if not text[begin:end].strip():
            break
        top = begin
    else:
        return False
    notes = [text[top:line_bounds(text, top)[1]]]
    note = next(((a, b) for a, b in lines_above(text, top, MAX_BLOCK_LINES) if text[a:b].strip()), None)
    if note is not None:
        notes.append(text[note[0]:note[1]])
    phrases = word_list("table_deadline_notes")
    return any(len(line) <= MAX_NOTE_CHARS and any(p in line.lower() for p in phrases) for line in notes)
