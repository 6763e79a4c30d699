"""A range's start is joined over a bracketed aside to its end (glossed_ranges): the bracket is matched only
right after a start and up to a bounded length, so a page of many unclosed or long brackets after dates costs
its length, not its length times its dates."""

from __future__ import annotations

from datetime import date

from calfeed.timex import tag
from calfeed.timex.glossed_ranges import GLOSS_MAX, gloss_end
from test_timex_speed_guard import _assert_linear, _seconds

PIECE = "from Monday, 2 March 2026 (an open bracket that never closes, with words after it and "


def test_a_bracket_is_read_only_where_it_opens_and_only_so_far():
    text = "from 2 March (the first day) to 9 March"
    assert gloss_end(text, len("from 2 March")) == len("from 2 March (the first day)")
    assert gloss_end(text, 0) is None
    assert gloss_end("(" + "x" * (GLOSS_MAX + 1) + ")", 0) is None


def test_four_times_the_brackets_take_about_four_times_as_long():
    def run(size: int) -> float:
        text = PIECE * size
        return _seconds(lambda: tag(text, date(2026, 1, 5)))

    run(5)
    _assert_linear(run(400) / max(run(100), 1e-3))
