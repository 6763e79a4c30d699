"""lasting_spans reads from each length ("a 3-day course", "it will last 3 days") to the first day
after it. A page of many such lengths ahead of one day at its foot (a list of short courses, each
"3-day", then "all will commence on June 28") must not copy, per length, the expressions or the text
that lie between it and that day: the day is found in one pass and the gap measured before it is read.
"""

from __future__ import annotations

from calfeed.events.lasting_spans import _lengthed_starts, lasting_spans
from calfeed.model import Timex
from test_timex_speed_guard import _assert_linear, _seconds

PIECE = "a 3-day course and "
LASTED = "each will last 3 days and "


def _page(n: int) -> tuple[str, list[Timex]]:
    text = PIECE * n + "all will commence on June 28."
    lengths = [Timex(k * len(PIECE) + 2, k * len(PIECE) + 7, "3-day", "DURATION", "P3D") for k in range(n)]
    day = text.index("June 28")
    return text, lengths + [Timex(day, day + 7, "June 28", "DATE", "2031-06-28")]


def _run(n: int) -> float:
    text, ordered = _page(n)
    return _seconds(lambda: _lengthed_starts(text, ordered))


def test_four_times_the_lengths_take_about_four_times_as_long():
    _run(300)
    _assert_linear(_run(6_000) / max(_run(1_500), 1e-3))


def _run_lasted(n: int) -> float:
    text = LASTED * n + "all begin on June 28."
    ordered = [Timex(k * len(LASTED) + 15, k * len(LASTED) + 21, "3 days", "DURATION", "P3D") for k in range(n)]
    day = text.index("June 28")
    ordered.append(Timex(day, day + 7, "June 28", "DATE", "2031-06-28"))
    return _seconds(lambda: lasting_spans(text, ordered))


def test_four_times_the_lasted_lengths_take_about_four_times_as_long():
    _run_lasted(300)
    _assert_linear(_run_lasted(6_000) / max(_run_lasted(1_500), 1e-3))
