"""A plain year or season ("2016", "this year", "autumn") is only talk round the page's days when the
page writes a day inside it (vague_spans.restated_spans). Each such span asked every date of the page
whether it was a day inside, so a page of many years and many days cost their product. The written
days' starts are now sorted once and each span asks by bisection; the answers are the plain test's."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from calfeed.events.vague_spans import restated_span, restated_spans
from calfeed.model import Interval, Timex
from test_timex_speed_guard import _assert_linear, _seconds

GRAINS = {"year": 366, "season": 92, "month": 31, "day": 1, "hour": 0}


def _timex(at: int, start: datetime, grain: str) -> Timex:
    length = timedelta(days=GRAINS[grain]) if GRAINS[grain] else timedelta(hours=1)
    return Timex(at, at + 4, "x", "DATE" if grain != "hour" else "TIME", "v",
                 interval=Interval(start, start + length, grain))


def _page(count: int, pick: random.Random) -> list[Timex]:
    found = []
    for k in range(count):
        grain = pick.choice(tuple(GRAINS))
        start = datetime(2020, 1, 1) + timedelta(days=pick.randrange(3000))
        found.append(_timex(10 * k, start, grain))
    return found


def test_the_spans_dropped_are_the_plain_test_s():
    pick = random.Random(47)
    for _ in range(300):
        ordered = _page(pick.randint(0, 30), pick)
        others = [t for t in ordered if pick.random() < 0.7]
        assert restated_spans("", ordered, others) == {id(t) for t in ordered if restated_span(t, others)}


def test_four_times_the_dates_take_about_four_times_as_long():
    """On the parent 8,000 dates (years one in five, days far apart from them) took some 14 times as
    long as 2,000."""
    def run(count: int) -> float:
        years = [_timex(10 * k, datetime(1900 + k % 50, 1, 1), "year") for k in range(count // 5)]
        days = [_timex(10 * k, datetime(2200, 1, 1) + timedelta(days=k), "day") for k in range(count)]
        return _seconds(lambda: restated_spans("", years + days, days))
    _assert_linear(run(8_000) / max(run(2_000), 1e-4))
