"""The table-row reader (table_rows.table_row) asks of every date whether its line is a cell of a row a
page wrote one cell a line: an indented line closed by its one pipe (_split_row), or a line of a pipe
table whose pipes stand on lines of their own (pipe_line_row, on a page with a lone pipe). Both copied
the date's line to count its pipes, and the month-heading reader (pipe_line_headings) copied the line
around each month: on a long line of many dates, the line once per date. They now read the line in
place (a line's kind is kept by its start). The guard counts the characters copied; the kinds are the
copies' kinds."""

from __future__ import annotations

import random
from datetime import date

from calfeed.events import table_rows
from calfeed.timex import tag

from call_counts import CountedText

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _long_indented_line(items: int) -> str:
    """A lone pipe, then a choir's year of rehearsals written as one indented line."""
    return "|\n\n  Choir diary " + "".join(
        f"the altos meet on {1 + k % 28} {MONTHS[k % 12]} in the vestry and the basses in "
        f"{MONTHS[(k + 5) % 12]} by the organ, " for k in range(items))


def test_the_row_reader_copies_no_long_line_for_each_date():
    """On the parent: about 980 characters copied per character of the page."""
    text = _long_indented_line(150)
    found = sorted(tag(text, date(2027, 1, 10)), key=lambda t: (t.start, t.end))
    assert len(found) >= 300
    dated = [(t.start, t.end) for t in found]
    counted = CountedText(text)
    table_rows._row_line.cache_clear()
    CountedText.copied = 0
    for timex in found:
        assert table_rows.table_row(counted, timex, dated) is None
    assert table_rows.pipe_line_headings(counted, found) == set()
    per_character = CountedText.copied / len(text)
    assert per_character < 5, f"{per_character:.0f} characters copied per character of the page"


def _copied_kind(line: str) -> str | None:
    """A line's kind as the reader read it from a copy of the line."""
    words = line.strip()
    if words == "|":
        return "lone"
    if "|" not in words:
        return "bare" if words else None
    return "closed" if words.count("|") == 1 and words.endswith("|") else "other"


PIECES = ("|", " ", "\t", "\n", "Friday", "Jul 17", "\u00a0", "\u2003", "x", " |", "| ", "||", "\x1c")


def test_a_line_s_kind_is_its_copy_s():
    pick = random.Random(4919)
    for _ in range(4_000):
        text = "".join(pick.choice(PIECES) for _ in range(pick.randint(0, 10)))
        start = pick.randint(0, len(text))
        end = text.find("\n", start)
        expected = _copied_kind(text[start:len(text) if end < 0 else end])
        assert table_rows._pipe_line_kind_at(text, start) == expected, (text, start)
