"""clock_lists.slot_lists reads a programme line that opens with a list of clocks ("10am and 3pm at
the Old Mill") as one slot a clock. For each such line it went through every date after the list
to find the list's own, and for each clock it copied its line up to the clock to see whether the
clock opens the line: square in a page's slot lines (a 200,000-character programme took 42 s), and
in a line's clocks when a page is written on one line. Now only the list's clocks and the blanks
before a clock are read (text.opens_line)."""

from __future__ import annotations

from datetime import date

from calfeed.events.clock_lists import slot_lists
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds

REFERENCE = date(2027, 3, 1)


def _slot_lines(size: int) -> float:
    text = "## Saturday 8 May\n" + "".join(f"9am and {1 + k % 5}pm at the boat shed\n" for k in range(size // 31))
    ordered = tag(text, REFERENCE)
    return _seconds(lambda: slot_lists(text, ordered))


def test_four_times_the_slot_lines_take_about_four_times_as_long():
    _slot_lines(300)                  # warm up: the tables load once
    _assert_linear(_slot_lines(80_000) / max(_slot_lines(20_000), 1e-3))


def test_each_listed_clock_is_read_as_its_whole_list():
    text = "## Saturday 8 May\n9am and 2pm at the boat shed\n \t10am, 1pm or 4pm - Quay Hall\nTea at 3pm and 5pm\n"
    found = slot_lists(text, tag(text, REFERENCE))
    assert {text[start:start + 4]: text[t.start:t.end] for start, t in found.items()} == {
        "9am ": "9am and 2pm", "2pm ": "9am and 2pm",
        "10am": "10am, 1pm or 4pm", "1pm ": "10am, 1pm or 4pm", "4pm ": "10am, 1pm or 4pm"}
