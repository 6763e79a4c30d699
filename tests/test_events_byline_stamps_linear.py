"""byline_stamp reads back from each date at most BYLINE_REACH characters and forward at most
BYLINE_TAIL to its line's end: a page of bylines written on one line costs as many short reads as
it has dates, never its whole line per date."""

from __future__ import annotations

from datetime import date

from calfeed.events.furniture_lines import byline_stamp
from calfeed.text import LineIndex
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds, one_line

BYLINES = "By Ada Moss for the Harbour Gazette June {day}, 2016 "


def _read_every_date(size: int) -> float:
    text = one_line(BYLINES, size)
    found = [t for t in tag(text, date(2016, 7, 1)) if t.type == "DATE"]
    lines = LineIndex(text)
    return _seconds(lambda: [byline_stamp(text, t, lines) for t in found])


def test_four_times_the_line_takes_about_four_times_as_long():
    _read_every_date(500)
    _assert_linear(_read_every_date(24_000) / max(_read_every_date(6_000), 1e-3))
