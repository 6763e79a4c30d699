"""A day with its year and a clock at an odd minute, joined by a mark ("/", "|", a dash) on a line
of their own, stamp the item under them: R62 class 8 (page 07), where a sidebar of the latest
stories, saved with the page more than a year after it was written, carried such a line over a
headline and the headline became an entry on that stamp's minute. A stamp on the page's own day was
already none (stamp_lines); one on another day is none either (furniture_lines._dated_stamps). An
occasion's line keeps its clock on the fives, or names what happens."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_entries
from test_timex_speed_guard import _assert_linear, _seconds, one_line

from calfeed.events.furniture_lines import stamp_lines
from calfeed.timex import tag

PAGE = ("The harbour festival opens on Friday, 14 April 2023, with a parade along the quay.\n"
        "Latest\n{stamp}\nCoastal town named one of the friendliest places to visit this year\nMore stories\n")


def _starts(stamp: str) -> list:
    return [start for _, _, start in page_entries(PAGE.format(stamp=stamp), "2023-03-20")]


def test_a_sidebar_stamp_a_year_after_the_page_is_no_entry():
    for stamp in ("11 Nov, 2024 / 08:43 AM", "11 Nov 2024 | 08:43", "Mon, 11 Nov, 2024 - 08:43"):
        starts = _starts(stamp)
        assert date(2023, 4, 14) in starts, (stamp, starts)
        assert not any(str(s).startswith("2024-11-11") for s in starts), (stamp, starts)


def test_a_stamp_line_on_a_round_minute_stays_an_occasion():
    starts = _starts("Saturday, 15 April 2023 / 7:30 PM")
    assert datetime(2023, 4, 15, 19, 30) in starts, starts


def test_a_day_and_odd_clock_with_words_on_the_line_stay_an_occasion():
    starts = _starts("Rocket launch: 15 April 2023 / 10:37 UTC")
    assert any(str(s).startswith("2023-04-15T10:37") or str(s).startswith("2023-04-15 10:37") for s in starts), starts


def _stamps(size: int) -> float:
    text = one_line("Walk {day} May 2028 / 09:13 and talk at 10:37, {day} June 2028 | ", size)
    found = sorted(tag(text, date(2028, 5, 1)), key=lambda t: (t.start, t.end))
    return _seconds(lambda: stamp_lines(text, found, date(2028, 5, 1)))


def test_stamp_lines_on_a_page_written_on_one_line_take_linear_time():
    _stamps(1_000)
    _assert_linear(_stamps(24_000) / max(_stamps(6_000), 1e-3))
