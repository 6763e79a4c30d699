"""A line "<label> – <date>, <date> (note), ... and <date>" names each listed date by its label
(label_lines.ListedLines). Every date of the line asks, and each built the tuple of the line's
dates and looked the line up again by it: square in a line's dates, and a page written on one
line holds every date on one line. Now each line is read once, for all its dates."""

from __future__ import annotations

import random
from datetime import date

import pytest

from calfeed.events.label_lines import ListedLines, _listed_line
from calfeed.text import line_end
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds, one_line

REFERENCE = date(2028, 5, 1)
ROW = "Thu {day} June 2028 (Room {day}), "


def _label_every_date(size: int) -> float:
    text = "Taster sessions – " + one_line(ROW, size) + "and Fri 30 June 2028"
    dated = sorted((t.start, t.end) for t in tag(text, REFERENCE))
    listed = ListedLines(text, dated)
    return _seconds(lambda: [listed.label(0, span) for span in dated])


def test_four_times_the_line_takes_about_four_times_as_long():
    _label_every_date(300)            # warm up: the word tables load once
    _assert_linear(_label_every_date(24_000) / max(_label_every_date(6_000), 1e-3))


def _read_whole(text: str, line_start: int, span: tuple[int, int], dated: list[tuple[int, int]]) -> str | None:
    """The label of the line as read from all its dates for each date (no line kept)."""
    end = line_end(text, line_start)
    on_line = tuple(s for s in dated if line_start <= s[0] <= end and s[1] <= end)
    return None if len(on_line) < 2 or span not in on_line else _listed_line(text, line_start, end, on_line)


PIECES = ["Taster sessions –", "Open days -", "Thu 8 June 2028", "9 June", "(Room 2)", ",", "and", "then",
          "10:00", "Friday 9 June 2028 at 6pm", "\n", "Notes:", "Sat 1 July 2028", "or"]


@pytest.mark.parametrize("seed", range(30))
def test_each_date_reads_the_label_the_whole_line_gives(seed: int):
    rng = random.Random(seed)
    text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(2, 30)))
    dated = sorted((t.start, t.end) for t in tag(text, REFERENCE))
    listed = ListedLines(text, dated)
    for span in dated * 2:      # twice: a line kept from an earlier date answers as the first reading did
        start = text.rfind("\n", 0, span[0]) + 1
        for line_start in {start, 0}:
            assert listed.label(line_start, span) == _read_whole(text, line_start, span, dated)
