"""A window's bound label ("Closing date 9 June 2028") is the words between the date and the
line's start or the last date before it on the line. That last date was found by reading every
date of the line before the date asked about: on a page written on one line, every date of the
page, for each date. The dates sorted by their ends now give it by bisection."""

from __future__ import annotations

import random
from datetime import date

from calfeed.events.candidates import DateSpans
from calfeed.events.window_labels import bound_label
from calfeed.model import Timex
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds, one_line

REFERENCE = date(2028, 1, 5)
WINDOWS = "Opening date {day} May 2028 Closing date {day} June 2028 Survey of the orchard paths; "


def _ask_every_date(size: int) -> float:
    text = one_line(WINDOWS, size)
    ordered = sorted(tag(text, REFERENCE), key=lambda t: (t.start, t.end))
    dated = DateSpans([t for t in ordered if t.type != "DURATION"])
    days = [t for t in ordered if t.type == "DATE"]
    assert len(days) * len(WINDOWS) >= 1.5 * size

    def ask() -> None:
        for timex in days:
            bound_label(text, timex, dated)
    return _seconds(ask)


def test_four_times_the_line_takes_about_four_times_as_long():
    _ask_every_date(1_000)            # warm up: the label tables load once
    _assert_linear(_ask_every_date(24_000) / max(_ask_every_date(6_000), 1e-3))


def test_the_labels_are_still_read():
    text = "Opening date 3 May 2028 Closing date 9 June 2028 Survey"
    ordered = sorted(tag(text, REFERENCE), key=lambda t: (t.start, t.end))
    dated = DateSpans([t for t in ordered if t.type != "DURATION"])
    assert [bound_label(text, t, dated) for t in ordered if t.type == "DATE"] == [False, True]


def test_the_latest_end_is_that_of_the_clause_dates():
    pick = random.Random(41)
    for _ in range(2_000):
        spans = []
        for _ in range(pick.randrange(0, 12)):
            start = pick.randrange(0, 600)
            spans.append((start, start + pick.choice((0, 1, 5, 30, 250))))
        timexes = [Timex(a, b, "x", "DATE", "2028") for a, b in sorted(spans)]
        dated = DateSpans(timexes)
        low = pick.randrange(0, 600)
        high = low + pick.randrange(0, 300)
        ends = [t.end for t in dated.within((low, high)) if t.end <= high]
        assert dated.latest_end((low, high)) == (max(ends) if ends else None)
