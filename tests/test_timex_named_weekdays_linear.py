"""named_weekdays moves a bare weekday onto the one day of that weekday the page writes in full within
a week of it (a page whose own day is a guess). It tried every written day of the weekday for each bare
one, so a long list of both cost their product. The days of one weekday within a week are a week
before and a week after: it now asks for those two."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from calfeed.model import Interval, ReferenceDate, Timex
from calfeed.timex.schedule_years import WEEKDAY_REACH, named_weekdays
from test_timex_speed_guard import _assert_linear, _seconds

GUESS = ReferenceDate(date(2031, 6, 30), True, "guessed")


def _day(at: int, day: date, bare: bool) -> Timex:
    start = datetime.combine(day, datetime.min.time())
    raw = f"XXXX-WXX-{day.isoweekday()}" if bare else day.isoformat()
    return Timex(at, at + 6, "Monday", "DATE", day.isoformat(), raw,
                 interval=Interval(start, start + timedelta(days=1), "day"))


def _plain(timexes: list[Timex]) -> dict[int, date]:
    """Where each bare weekday goes, by trying every written day of its weekday (the parent's way)."""
    written: dict[int, set[date]] = {}
    for t in timexes:
        if not t.bare_weekday:
            written.setdefault(t.interval.start.isoweekday(), set()).add(t.interval.start.date())
    moved = {}
    for k, t in enumerate(timexes):
        day = t.interval.start.date()
        same = written.get(day.isoweekday(), set())
        near = [d for d in same if d != day and abs(d - day) <= WEEKDAY_REACH]
        if t.bare_weekday and len(near) == 1 and day not in same:
            moved[k] = near[0]
    return moved


def test_the_moves_are_the_plain_search_s():
    pick = random.Random(47)
    for _ in range(500):
        days = [_day(10 * k, date(2031, 5, 1) + timedelta(days=pick.randrange(60)), pick.random() < 0.4)
                for k in range(pick.randint(0, 25))]
        got = named_weekdays(days, GUESS)
        moved = {k: t.interval.start.date() for k, t in enumerate(got) if t is not days[k]}
        assert moved == _plain(days)


def test_four_times_the_days_take_about_four_times_as_long():
    """On the parent 8,000 Mondays (written and bare, every other one) took some 18 times as long as 2,000."""
    def run(count: int) -> float:
        days = [_day(10 * k, date(2031, 1, 6) + timedelta(weeks=k), k % 2 == 1) for k in range(count)]
        return _seconds(lambda: named_weekdays(days, GUESS))
    _assert_linear(run(8_000) / max(run(2_000), 1e-4))
