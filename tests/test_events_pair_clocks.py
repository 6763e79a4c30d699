"""One clock told for two days joined by "and" or "&" times each day: one entry a day at the clock
(pair_clocks.py), not a two-day stretch that drops the clock or runs from the first day's clock to
the second day's midnight; weekdays in brackets that restate the pair join it (bracketed_weekdays.py)."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.timex import tag
from events_helpers import page_events

PUBLISHED = "2031-02-20"


def _starts(text: str) -> list[tuple[date | datetime, date | datetime | None]]:
    return sorted((e.start, e.end) for e in page_events(text, PUBLISHED))


def test_a_clock_later_in_the_sentence_times_both_days():
    text = "On 5 & 6 March, the Harbour Line will end service earlier at around 10pm for track works."
    assert _starts(text) == [(datetime(2031, 3, 5, 22, 0), None), (datetime(2031, 3, 6, 22, 0), None)]


def test_a_clock_before_the_pair_times_both_days():
    text = "The Millbrook craft fair opens at 10am on 5 and 6 March on the village green."
    assert _starts(text) == [(datetime(2031, 3, 5, 10, 0), None), (datetime(2031, 3, 6, 10, 0), None)]


def test_weekdays_in_brackets_restate_the_pair():
    text = ("On 5 & 6 March (Wednesday & Thursday), the Harbour Line will end service earlier at around 10pm "
            "for track works.")
    assert [t.text for t in tag(text, date(2031, 2, 20))][0] == "5 & 6 March (Wednesday & Thursday)"
    assert _starts(text) == [(datetime(2031, 3, 5, 22, 0), None), (datetime(2031, 3, 6, 22, 0), None)]


def test_a_pair_without_a_clock_stays_one_stretch():
    text = "The Millbrook craft fair is held on 5 and 6 March on the village green."
    assert _starts(text) == [(date(2031, 3, 5), date(2031, 3, 6))]


def test_a_limit_clock_times_nothing():
    text = "On 5 and 6 March, the Harbour Line car park stays open until 10pm for the fireworks."
    assert all(not isinstance(start, datetime) for start, _ in _starts(text))
