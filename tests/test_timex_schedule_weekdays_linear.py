"""A running schedule of bare weekdays keeps the days it has named, so that a weekday named again
restates its day (schedule_weekdays). A page of very many weekdays in one schedule (a long tour told
stage by stage, one sentence) must not copy or search all the days named so far at each weekday."""

from __future__ import annotations

from datetime import date, timedelta

from calfeed.timex.schedule_weekdays import next_in_schedule, schedule_after
from test_timex_speed_guard import _assert_linear, _seconds

START = date(2031, 1, 6)


def _walk(n: int) -> None:
    last = None
    for k in range(n):
        day = START + timedelta(days=k)
        if last is not None:
            next_in_schedule(day - timedelta(days=7), last)      # the same weekday a week back: looked up
        last = schedule_after(last, day, 10 * k, START - timedelta(days=1), True, False, True)


def test_a_weekday_named_again_restates_its_day():
    last = schedule_after(None, date(2031, 1, 9), 0, date(2031, 1, 1), True, False)         # Thursday
    last = schedule_after(last, date(2031, 1, 10), 10, date(2031, 1, 1), True, False, True)  # Friday
    assert next_in_schedule(date(2031, 1, 9), last) is None        # "Thursday" again: that Thursday


def test_four_times_the_weekdays_take_about_four_times_as_long():
    _walk(500)
    _assert_linear(_seconds(lambda: _walk(20_000)) / max(_seconds(lambda: _walk(5_000)), 1e-3))
