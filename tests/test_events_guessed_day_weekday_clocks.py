"""A clock with no day of its own on a page whose date is a guess gives no entry there (guessed_days);
a weekday in its sentence that the tagger also counted from that guess ("on each clear Friday
evening, 7.30pm to 9.30pm" on a page guessed to fall on a Friday) writes no day either, so it no
longer lends the clock the guessed day (R71 01's class: the series' clock went onto 1 January)."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.events.guessed_days import on_guessed_day
from calfeed.model import Interval, ReferenceDate, Timex

TEXT = "Open evenings are held on each dry Friday evening till the close of October, 7.30pm to 9.30pm, at the hall."
GUESS = ReferenceDate(date(2027, 1, 1), True, "a year told ahead, counted from its first day")


def _at(expr: str) -> int:
    return TEXT.index(expr)


def _clock() -> Timex:
    start = _at("7.30pm to 9.30pm")
    first = datetime(2027, 1, 1, 19, 30)
    return Timex(start, start + len("7.30pm to 9.30pm"), "7.30pm to 9.30pm", "TIME", "2027-01-01T19:30",
                 "XXXX-XX-XXT19:30;to=XXXX-XX-XXT21:30", interval=Interval(first, datetime(2027, 1, 1, 19, 31), "minute"))


def _weekday_from_guess() -> Timex:
    start = _at("Friday evening")
    return Timex(start, start + len("Friday evening"), "Friday evening", "DATE", "2027-01-01TEV", "XXXX-WXX-5TEV",
                 interval=Interval(datetime(2027, 1, 1, 18), datetime(2027, 1, 2), "partofday"))


def _written_day() -> Timex:
    text = "Friday 1 January"
    return Timex(0, len(text), text, "DATE", "2027-01-01", "XXXX-01-01;wd=5",
                 interval=Interval(datetime(2027, 1, 1), datetime(2027, 1, 2), "day"))


def test_a_weekday_counted_from_the_guess_gives_the_clock_no_day():
    clock = _clock()
    assert on_guessed_day(clock, GUESS, [_weekday_from_guess(), clock])


def test_a_written_day_on_the_guessed_date_still_gives_the_clock_its_day():
    clock = _clock()
    assert not on_guessed_day(clock, GUESS, [_written_day(), clock])


def test_a_page_date_that_is_no_guess_keeps_the_clock():
    clock = _clock()
    given = ReferenceDate(date(2027, 1, 1), False, "front matter published")
    assert not on_guessed_day(clock, given, [_weekday_from_guess(), clock])
