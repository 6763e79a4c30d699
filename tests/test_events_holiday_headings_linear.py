"""A holiday opening a name on a heading line over a date line is part of the name
(holiday_names._heading_over_date_line). The heading check looks for the holiday's line ends
within a short reach: read to the line's ends, a page written on one line with a holiday name
every few words made each holiday copy and split the whole line (quadratic: 17.6x the time for 4x
the line on the parent, 23 ms -> 400 ms; now about 1 ms)."""

from __future__ import annotations

from datetime import date

from calfeed.events.holiday_names import HOLIDAY_RULES, _heading_over_date_line
from calfeed.timex import tag
from test_timex_speed_guard import _seconds as timed

NAMES = ("Easter Fair", "Christmas Market", "Halloween Walk", "New Year Swim")
TODAY = date(2029, 2, 1)


def _one_line(size: int) -> str:
    """The names on one line, a date line under it (so every holiday's line has an end)."""
    return "".join(f"{NAMES[k % 4]} and " for k in range(size // 18)) + "\nSaturday, 14 April 2029\n"


def _seconds(text: str) -> float:
    """CPU time of the heading check over every holiday of ``text`` (tagging not counted)."""
    found = sorted(tag(text, TODAY), key=lambda t: t.start)
    holidays = [t for t in found if t.rule in HOLIDAY_RULES]
    assert len(holidays) > len(text) // 80      # most names on the line are read as holidays
    starts = [t.start for t in found]
    return timed(lambda: [_heading_over_date_line(text, t, starts, found) for t in holidays])


def test_four_times_the_line_takes_about_four_times_as_long():
    _seconds(_one_line(400))      # warm up: the word tables load once
    ratio = _seconds(_one_line(40_000)) / max(_seconds(_one_line(10_000)), 1e-3)
    assert ratio < 9, f"{ratio:.1f}x the time for 4x the line"


def test_a_short_heading_over_its_date_line_is_still_read():
    text = "Notices\n\nEaster Fair Road Closure\n\nSaturday, 14 April 2029\n\nThe road shuts at noon.\n"
    found = sorted(tag(text, TODAY), key=lambda t: t.start)
    easter = next(t for t in found if t.rule in HOLIDAY_RULES)
    assert _heading_over_date_line(text, easter, [t.start for t in found], found)
    prose = "The " + "long " * 60 + "Easter Fair Road Closure\n\nSaturday, 14 April 2029\n"
    found = sorted(tag(prose, TODAY), key=lambda t: t.start)
    easter = next(t for t in found if t.rule in HOLIDAY_RULES)
    assert not _heading_over_date_line(prose, easter, [t.start for t in found], found)
