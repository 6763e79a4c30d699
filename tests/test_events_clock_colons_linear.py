"""A line's label colon is the first colon no clock's digits stand around ("Venue: Hall 2", not
the colon of "9:30"). An agenda or timetable written on one line (a scrape that lost its line
breaks) is one line holding every clock and day, and each day asked for its line's label: the
reader stepped over the line's clock colons one by one, for each day (agenda._day_line through
label_block.label_of, and line_label). Now a regular expression skips a run of clocks at once,
and the day-line reader reads its line's label once for all the line's days."""

from __future__ import annotations

from datetime import date

import pytest

import calfeed.events.agenda as agenda
import calfeed.events.label_block as label_block
from calfeed.events.label_block import label_colon
from calfeed.timex import tag
from call_counts import count_calls
from test_timex_speed_guard import _assert_linear, _seconds, one_line

REFERENCE = date(2028, 5, 1)
SLOTS = "Sat {day} May 2028 in Hall B. Doors 9:00, choir 9:30, tea 10:15, raffle 11:00; "


def _read_every_day(size: int) -> float:
    text = one_line(SLOTS, size)
    found = sorted(tag(text, REFERENCE), key=lambda t: t.start)
    return _seconds(lambda: [(agenda._day_line(text, t), label_block.line_label(text, t)) for t in found])


def test_four_times_the_line_takes_about_four_times_as_long():
    _read_every_day(500)            # warm up: the word tables load once
    _assert_linear(_read_every_day(20_000) / max(_read_every_day(5_000), 1e-3))


def test_the_day_line_reader_reads_a_line_label_once_for_all_its_days(monkeypatch):
    agenda._line_label.cache_clear()
    calls = count_calls(monkeypatch, "label_of", agenda)
    text = one_line(SLOTS, 3_000)
    days = [t for t in tag(text, REFERENCE) if t.type == "DATE"]
    for timex in days:
        agenda._day_line(text, timex)
    assert len(days) > 10 and calls[0] <= 1


def _stepped(line: str, limit: int | None, numbered: bool) -> int:
    """label_colon as it stepped over each clock colon in turn."""
    colon = line.find(":")
    while 0 < colon < len(line) - 1 and line[colon - 1].isdigit() and line[colon + 1].isdigit():
        colon = line.find(":", colon + 1)
    if colon <= 0 or (limit is not None and colon > limit) or (not numbered and any(c.isdigit() for c in line[:colon])):
        return -1
    return colon


@pytest.mark.parametrize("line", [
    "9:00 Doors, 9:30 Choir", "Venue: Hall 2, 9:30", "9:30 Talk: birds", ":opening", "ends at 10:",
    "10:30:45 Room 5: Quiz", "Time²:³ slot: x", "٣:٤ then Note: y", "", "::", "1::2", "Notes 3:4:",
])
@pytest.mark.parametrize("limit, numbered", [(None, True), (None, False), (4, True), (8, False)])
def test_the_colon_found_is_the_one_stepping_over_clocks_finds(line: str, limit: int | None, numbered: bool):
    assert label_colon(line, limit, numbered) == _stepped(line, limit, numbered)
