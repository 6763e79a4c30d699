"""A table flattened onto one line ("| 12 May 2028 | 18:00 | Board meeting | Room 4 | 19 May 2028 |
...", a scrape that lost its line breaks) is one row of thousands of cells, and each of its dates
asks for the row. The row reader split the line into cells again for each date, found the date's
cell by walking the cells from the left, and read every other cell's words for a word calling
the row off (a page's build 5 KB -> 20 KB: 8.1x the time, 4.9 s -> 39.5 s). The line is now split
once (table_rows._row_line), the date's cell found by bisection, and only the cells holding a
cancel state's first word are read for one (cancelled.may_note_off)."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events.span_index import IndexedSpans
from calfeed.events.table_rows import _cell_at, pipe_cells, table_row
from calfeed.timex import tag
from events_helpers import tagged_events
from test_timex_speed_guard import _assert_linear, _seconds, one_line

REFERENCE = date(2028, 5, 1)
ROW = "| {day} May 2028 | 18:00 | Board meeting | Room 4 "


def _one_line(size: int) -> str:
    return one_line(ROW, size) + "|"


def _read_every_date(size: int) -> float:
    text = _one_line(size)
    found = sorted(tag(text, REFERENCE), key=lambda t: t.start)
    dated = IndexedSpans((t.start, t.end) for t in found if t.type != "DURATION")
    return _seconds(lambda: [table_row(text, t, dated) for t in found])


def test_four_times_the_row_takes_about_four_times_as_long():
    _read_every_date(500)            # warm up: the word tables load once
    _assert_linear(_read_every_date(16_000) / max(_read_every_date(4_000), 1e-3))


@pytest.mark.parametrize("at", range(-1, 40))
def test_the_cell_found_by_bisection_is_the_one_holding_the_offset(at: int):
    text = "|  Board meeting |  | 3 May | x|  |Room 4 |"
    cells = pipe_cells(text, 0, len(text))
    walked = next((k for k, (a, b) in enumerate(cells) if a <= at < b), None)
    assert _cell_at(cells, at) == walked


def test_a_row_called_off_in_a_cell_after_its_date_still_has_no_entry():
    text = ("Club nights 2028\n\n| Date | Event | Notes |\n|---|---|---|\n"
            "| 4 May 2028 | Quiz night | Bring a pen |\n"
            "| 11 May 2028 | Quiz night | Cancelled due to the hall repairs |\n"
            "| 18 May 2028 | Quiz night | Prizes from the bakery |\n")
    days = sorted(str(e.start)[:10] for e in tagged_events(text, published=REFERENCE))
    assert days == ["2028-05-04", "2028-05-18"]
