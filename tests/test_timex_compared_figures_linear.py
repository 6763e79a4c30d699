"""compared_figures reads back from each date for a figure measured against ("down from 5.3 percent in
December"): a fixed window before the date, so a sentence of many such dates (a page with no full stops is
one sentence) stays linear."""

from __future__ import annotations

from calfeed.timex.compared_figures import compared_figure_before
from test_timex_speed_guard import _assert_linear, _seconds

PIECE = "up 2 percent from 5.3 percent in December and "


def _run(size: int) -> float:
    text = "The rate rose " + PIECE * (size // len(PIECE))
    starts = [i for i in range(len(text)) if text.startswith("December", i)]
    return _seconds(lambda: [compared_figure_before(text, 0, s) for s in starts])


def test_every_date_is_read_back_over_a_fixed_window():
    text = "The rate is 5.1 percent, down from 5.3 percent in December."
    assert compared_figure_before(text, 0, text.index("December"))
    assert not compared_figure_before("The rate rose in December.", 0, len("The rate rose in "))


def test_four_times_the_sentence_takes_about_four_times_as_long():
    _run(600)
    _assert_linear(_run(80_000) / max(_run(20_000), 1e-3))
