"""The table-row reader asks of every date whether its line is a row of a table. It searched back to
the line's start and on to its end from each date, and for a line with no pipe it still asked whether
the line was part of a bare-pipe table, copying the line (and two stripped copies) to count its pipes,
for each date: on a page written on one line, the whole page three times per date. Now the line is
found by bisection (the framer's LineIndex), a line without a pipe is no row at once (its cells, read
once a line, say so), and a row split one cell a line is looked for only on a line opening with a blank."""

from __future__ import annotations

import inspect
import random
from datetime import date

from calfeed.events import table_rows
from calfeed.text import LineIndex
from calfeed.timex import tag

from call_counts import CountedText

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _one_line_notices(items: int) -> str:
    """A sailing club's notices run into one line: a race day and a closing day for entries."""
    return "Club notices " + "".join(
        f"The dinghy race is sailed on {1 + k % 28} {MONTHS[k % 12]} off the north slip, and entries "
        f"close on {1 + (5 * k) % 28} {MONTHS[(k + 2) % 12]}. " for k in range(items))


def test_the_row_reader_copies_a_bounded_part_of_the_page_for_each_date():
    text = _one_line_notices(200)
    found = tag(text, date(2027, 6, 1))
    assert len(found) > 200
    dated = sorted((t.start, t.end) for t in found)
    kept = {"lines": LineIndex(text)} if "lines" in inspect.signature(table_rows.table_row).parameters else {}
    counted = CountedText(text)
    CountedText.copied = 0
    rows = [table_rows.table_row(counted, timex, dated, **kept) for timex in found]
    assert not any(rows)
    assert CountedText.copied / len(text) < 20, f"{CountedText.copied / len(text):.0f} characters per character"


def test_rows_are_read_as_before_with_the_kept_lines():
    """Made-up pages of pipes, bare rows, lone pipes, indented cells and dates: every date's row read
    with the page's lines kept is the row read by searching from the date to its line's ends."""
    pick = random.Random(48)
    pieces = ("| ", " | ", "|", "\n", "\n|\n", "\t", "  ", "Open day", "Closed", "Type", "Date", "---|---",
              "Friday |", "Room 4", "12 May 2027", "3 June 2027", "Mon", "Sep 2", "10am", "\n\n")
    compared = 0
    for _ in range(60):
        text = "".join(pick.choice(pieces) for _ in range(pick.randint(5, 40)))
        found = tag(text, date(2027, 6, 1))
        dated = sorted((t.start, t.end) for t in found)
        lines = LineIndex(text)
        for timex in found:
            assert table_rows.table_row(text, timex, dated, lines=lines) == table_rows.table_row(text, timex, dated), text
            compared += 1
    assert compared > 40
