"""past_plan_day reads a bounded run of words before each day and finds it, and the date before
it, by bisection: a clause of many dates (a list run into one sentence) costs its dates, not its
dates times its words."""

from __future__ import annotations

from datetime import date

from calfeed.events.past_plans import past_plan_day
from calfeed.events.words import words_in
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds


def _clause(parts: int) -> str:
    return "The stalls " + " ".join("that were scheduled for 3 May and" for _ in range(parts)) + " the rest."


def _ask_all(text: str) -> int:
    words = words_in(text, 0, len(text))
    timexes = sorted(tag(text, date(2020, 3, 1)), key=lambda t: t.start)
    blocked = [(t.start, t.end) for t in timexes]
    return sum(past_plan_day(words, t, blocked) for t in timexes)


def test_four_times_the_dates_take_about_four_times_as_long():
    small, large = _clause(400), _clause(1600)
    words_s, words_l = words_in(small, 0, len(small)), words_in(large, 0, len(large))
    days_s = sorted(tag(small, date(2020, 3, 1)), key=lambda t: t.start)
    days_l = sorted(tag(large, date(2020, 3, 1)), key=lambda t: t.start)
    spans_s, spans_l = [(t.start, t.end) for t in days_s], [(t.start, t.end) for t in days_l]
    assert len(days_l) == 4 * len(days_s)
    _assert_linear(_seconds(lambda: [past_plan_day(words_l, t, spans_l) for t in days_l])
                   / max(_seconds(lambda: [past_plan_day(words_s, t, spans_s) for t in days_s]), 1e-4))


def test_each_listed_old_plan_is_found():
    assert _ask_all(_clause(3)) == 3
