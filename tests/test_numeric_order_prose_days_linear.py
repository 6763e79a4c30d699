"""numeric_order._prose_order reads the whole page once with two regexes of bounded runs: a page
of month-named days written on one line takes time in proportion to its length."""

from __future__ import annotations

from calfeed.timex.numeric_order import day_first_in
from test_timex_speed_guard import _assert_linear, _seconds, one_line

DAYS = "07/03/2021 then Sunday, August {day}, and 1st of August x "


def _read(size: int) -> float:
    text = one_line(DAYS, size)
    return _seconds(lambda: day_first_in(text, True))


def test_four_times_the_line_takes_about_four_times_as_long():
    _read(500)
    _assert_linear(_read(80_000) / max(_read(20_000), 1e-3))
