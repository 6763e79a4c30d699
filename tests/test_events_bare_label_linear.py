"""A bare label ("Reading week 21 October") is read from its own line: the reader finds the
dates standing before its date on that line by bisection in the page's sorted dates, not by a scan
of all of them for each date. A key-dates list of thousands of rows was square (bare_label over
every row of 8k -> 32k chars: 14.5x the time, 14 ms -> 0.21 s; now 4.2x, 7 ms -> 30 ms)."""

from __future__ import annotations

from datetime import date

from calfeed.events.label_lines import bare_label
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
REFERENCE = date(2027, 3, 1)


def _key_dates(size: int) -> str:
    rows = (f"Reading week {1 + k % 28} {MONTHS[k % 12]}\n" for k in range(size // 20))
    return "".join(rows)[:size]


def _labels(text: str) -> list[str | None]:
    found = tag(text, REFERENCE)
    dated = sorted((t.start, t.end) for t in found)
    return [bare_label(text, text.rfind("\n", 0, t.start) + 1, (t.start, t.end), dated) for t in found]


def _label_every_row(size: int) -> float:
    text = _key_dates(size)
    found = tag(text, REFERENCE)
    dated = sorted((t.start, t.end) for t in found)
    lines = [text.rfind("\n", 0, t.start) + 1 for t in found]
    return _seconds(lambda: [bare_label(text, line, (t.start, t.end), dated) for t, line in zip(found, lines)])


def test_four_times_the_rows_take_about_four_times_as_long():
    _label_every_row(1_000)            # warm up: the word tables load once
    _assert_linear(_label_every_row(40_000) / max(_label_every_row(10_000), 1e-3))


def test_another_date_before_the_date_on_its_line_still_bars_the_label():
    assert _labels("Reading week 21 October\nTeaching ends 27 November\n") == ["Reading week", "Teaching ends"]
    labels = _labels("Closed Mondays 4 May and 11 May\n")
    assert labels and labels[-1] is None
