"""Rows of a Markdown table that a copy wrapped over several lines, joined back onto one.

A table copied from a page often breaks a row where a cell held a line break, so its label cell
and its date cells land on lines of their own:

    | Term | Staff dates | Pupil dates |
    |---|---|---|
    | Spring term |
    Mon 4 Jan – Fri 26 Mar | Tue 5 Jan – Fri 26 Mar |
    | Half term | Mon 15 Feb – Fri 19 Feb | Mon 15 Feb – Fri 19 Feb |

Read line by line, the date line has no label and the label line no date. The separator line
under the header ("|---|---|---|") says how many bars a whole row holds; lines that together
hold exactly that many, with no blank line between, are one row, and the line breaks inside
it become spaces. A space for a line break keeps every offset of the text, so entries still
link to the exact words. Anything that does not add up to a whole row is left as it is.
"""

from __future__ import annotations

import re

MAX_ROW_LINES = 8        # lines one wrapped row may take
MAX_LINE = 200           # characters: a longer line is a paragraph, no cell
# Matched against the line stripped of its outer spaces, so every run of spaces sits between two
# fixed tokens (a bar and a dash or colon) and a failed match backtracks in linear time.
_SEPARATOR = re.compile(r"\|?[ \t]*:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)*(?:[ \t]*\|)?")


def _is_separator(line: str) -> bool:
    """Whether the line is a table's separator ("|---|:---:|")."""
    return "|" in line and _SEPARATOR.fullmatch(line.strip(" \t")) is not None


def _opens_a_row(line: str) -> bool:
    """Whether a barred line holds a cell of its own text ("| Spring term |"): a row's start, while a
    line of bars alone ("|") only closes the cells of the row above it."""
    stripped = line.strip()
    return stripped.startswith("|") and stripped.strip("| \t") != ""


def join_wrapped_rows(text: str) -> str:
    """The text with each wrapped row of a Markdown table on one line (same length)."""
    if "|" not in text or "---" not in text:
        return text
    lines = text.split("\n")
    joins: list[int] = []           # indexes of lines whose line break becomes a space
    k = 0
    while k < len(lines):
        if _is_separator(lines[k]):
            k = _rows_below(lines, k, joins)
        else:
            k += 1
    if not joins:
        return text
    joined = set(joins)
    out = [lines[0]]
    for k in range(1, len(lines)):
        out.append(" " if k - 1 in joined else "\n")
        out.append(lines[k])
    return "".join(out)


def _rows_below(lines: list[str], separator: int, joins: list[int]) -> int:
    """Walk the rows under the separator line, noting the lines to join; the index after them."""
    width = lines[separator].count("|")
    barred = lines[separator].lstrip().startswith("|")     # rows open with a bar as the separator does
    k = separator + 1
    while k < len(lines):
        first = lines[k]
        if (not first.strip() or len(first) > MAX_LINE or _is_separator(first)
                or (barred and not first.lstrip().startswith("|"))):
            return k
        bars = first.count("|")
        last = k
        while bars < width and last + 1 < len(lines) and last - k + 1 < MAX_ROW_LINES:
            following = lines[last + 1]
            if (not following.strip() or len(following) > MAX_LINE or _is_separator(following)
                    or (barred and _opens_a_row(following))):
                break               # a blank, a paragraph, a separator, or the next row's own cell
            last += 1
            bars += following.count("|")
        if bars == width and last > k:
            joins.extend(range(k, last))
            k = last + 1
        elif "|" not in first:
            return k           # a line of no cell under an unbarred table: the table has ended
        else:
            k += 1             # a whole row on its line, or a narrower one (a cell across columns)
    return k
