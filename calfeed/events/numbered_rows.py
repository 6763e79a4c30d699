"""Rows a table labels only by their number, under a heading that names the parts it numbers:

    2025 Queensland State School term dates
    The 2025 school calendar is available to download ...
    1
    | Tuesday 28 January – Friday 4 April
    | 10 weeks
    |

The row is "Term 1": the heading says what the rows count (a noun of numbered_parts.en.txt:
"term", "semester", "round", "stage"), the number which one. The row's other cells (a length,
"10 weeks") name nothing. The number is the date line's first cell ("| 1 | 16 February 2032 –
5 June 2032 |") or a line of its own right over the date line; the heading is the first line
above the rows that is none of their parts (a number alone, a pipe-opened line, a date line, a
rule), past a few sentences under it."""

from __future__ import annotations

from collections.abc import Sequence

from calfeed.events.vocabulary import word_list
from calfeed.events.words import plural_stems
from calfeed.model import Timex
from calfeed.text import SENTENCE_MARKS, first_on_line, line_bounds, lines_above, marks_bounds, only_marks

NUMBERED_ROW_NOTE = "a table row labelled only by its number, under a heading naming the parts it numbers"
MAX_ROW_NUMBER = 2       # digits of a row's number ("1" - "12"); a longer one is a value, not a row's place
MAX_WALK = 80            # lines walked up over the table's rows to its heading
MAX_NOTES = 4            # sentences between the heading and the first row ("The calendar is available ...")
MAX_HEADING_WORDS = 12   # a longer line is prose, no heading
_MARKS = " \t|*_"


def numbered_row_title(text: str, timex: Timex, dated: Sequence[tuple[int, int]]) -> str | None:
    """The part a numbered row names ("Term 1"), or None when the date's row has no number of its
    own or no heading over the table names what the rows count. ``dated``: every date's span."""
    line_start = line_bounds(text, timex.start)[0]
    if not only_marks(text, line_start, timex.start, _MARKS):   # "| 1 | 16 February 2032 – ...": the number is the first cell
        if not 0 <= first_on_line(text, line_start, "|") < timex.start:    # (the line's first pipe, found once)
            return None
        number = _cell_number(text, line_start, timex.start)
        first_row = line_start
    else:                                     # "1" / "| Tuesday 28 January – Friday 4 April"
        above = next(iter(lines_above(text, line_start, 1)), None)
        if above is None:
            return None
        number = text[above[0]:above[1]].strip(_MARKS)
        first_row = above[0]
    if not (number.isdigit() and len(number) <= MAX_ROW_NUMBER):
        return None
    heading = _heading_over(text, first_row, dated)
    if heading is None:
        return None
    noun = _part_noun(heading)
    return f"{noun.capitalize()} {int(number)}" if noun is not None else None


_CELL_MARKS = " \t*_|"     # what stands around a row's number before its date: "| 1 | "


def _cell_number(text: str, start: int, end: int) -> str:
    """``text[start:end].replace("|", " ").strip(" \t*_")`` when it may be a row's number (at most
    MAX_ROW_NUMBER characters), else "": its ends are found in place, and the stretch is copied only
    when it is that short (a copy of the line up to each date made a long line square). A pipe left
    inside is a blank inside either way, and no number."""
    start, end = marks_bounds(text, start, end, _CELL_MARKS)
    return text[start:end] if end - start <= MAX_ROW_NUMBER else ""


def _heading_over(text: str, first_row: int, dated: Sequence[tuple[int, int]]) -> str | None:
    """The first line above the table's rows that is no part of a row and no sentence, past at
    most MAX_NOTES sentences."""
    notes = 0
    for start, end in lines_above(text, first_row, MAX_WALK):
        line = text[start:end].strip(_MARKS)
        if not line or line.isdigit() or text[start:end].lstrip().startswith("|") or set(line) <= set("-: "):
            continue                          # a blank, a row's number, a pipe-opened cell, a rule
        if any(start <= a and b <= end for a, b in dated) and _only_dates(text, start, end, dated):
            continue                          # "3 March 2032 – 14 April 2032": a row's date line
        if line.endswith(SENTENCE_MARKS) or len(line.split()) > MAX_HEADING_WORDS:
            notes += 1
            if notes > MAX_NOTES:
                return None
            continue                          # "The 2025 school calendar is available ...": a note under the heading
        return line.lstrip("#").strip(_MARKS)
    return None


def _only_dates(text: str, start: int, end: int, dated: Sequence[tuple[int, int]]) -> bool:
    rest = text[start:end]
    for a, b in sorted(((a, b) for a, b in dated if start <= a and b <= end), reverse=True):
        rest = rest[:a - start] + rest[b - start:]
    return not any(c.isalpha() for c in rest)


def _part_noun(heading: str) -> str | None:
    """The last noun of numbered_parts in the heading, in the singular ("term dates": "term")."""
    parts = word_list("numbered_parts")
    for word in reversed(heading.lower().split()):
        word = word.strip(".,;:()")
        if word in parts:
            return next((stem for stem in plural_stems(word) if stem in parts), word)
    return None
