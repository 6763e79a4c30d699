"""deadline_columns reads up from each row over at most ROW_REACH lines and reads one short header
line: a long run of rows, or a page of one long line, costs in proportion to its length."""

from __future__ import annotations

from calfeed.events.deadline_columns import under_deadline_header
from calfeed.text import start_of_line
from test_timex_speed_guard import _assert_linear, _seconds

ROW = "Online portal 30 June 2026 Resident\n"


def _rows(size: int) -> float:
    text = "Route Deadline Kind\n" + ROW * (size // len(ROW))
    starts = [k for k in range(len(text)) if k == 0 or text[k - 1] == "\n"][1:-1]
    dated = set(starts)
    return _seconds(lambda: [under_deadline_header(text, b, dated) for b in starts])


def _one_line(size: int) -> float:
    text = "Deadline " * (size // 9) + "\n" + ROW
    begin = start_of_line(text, len(text) - 2)
    return _seconds(lambda: [under_deadline_header(text, begin, {begin}) for _ in range(200)])


def test_four_times_the_rows_take_about_four_times_as_long():
    _rows(2_000)
    _assert_linear(_rows(80_000) / max(_rows(20_000), 1e-3))


def test_a_long_line_above_is_not_read_whole():
    _one_line(2_000)
    _assert_linear(_one_line(400_000) / max(_one_line(100_000), 1e-3))
