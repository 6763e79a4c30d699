"""item_runs reads each date of a sentence for a day in brackets after its item ("at Leeds (4 May)");
to find the closing bracket it copied the sentence's words from the date to the end, for each date:
square in a long sentence's dates (a page with no full stops is one sentence). Now it reads on from
the date only to the first word past it."""

from __future__ import annotations

from datetime import date

from calfeed.events.item_runs import item_run
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds

PIECE = "then away at Dunmore (4 May), "


def _run(size: int) -> float:
    text = "The second team plays " + PIECE * (size // len(PIECE))
    dates = tag(text, date(2026, 1, 1))
    return _seconds(lambda: item_run(text, (0, len(text)), dates))


def test_four_times_the_sentence_takes_about_four_times_as_long():
    _run(600)
    _assert_linear(_run(80_000) / max(_run(20_000), 1e-3))
