"""A day-less clock in a sentence that opens by pointing back to days told before ("On both days,
the office will open from 9 am to 12 pm") is the hours of those days: the untimed entries of one
title that an earlier sentence gives (two of them for "both") each take it, and the clock makes no
entry of its own titled by the pointing phrase (R70 03's class)."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PAIR = ("The county records office said it will remain open on Monday and Tuesday, although both are bank "
        "holidays, to handle certificate requests. The council has declared a holiday tomorrow for the harvest "
        "fair and another on Tuesday for the regatta. On both days, the records office will open from 9 am to 12 pm.")


def _timed(text: str) -> list[tuple[datetime, datetime | None]]:
    return sorted((e.start, e.end) for e in page_events(text, "2026-05-03") if isinstance(e.start, datetime))


def test_both_days_take_the_clock_and_it_makes_no_entry_of_its_own():
    assert _timed(PAIR) == [(datetime(2026, 5, 4, 9), datetime(2026, 5, 4, 12)),
                            (datetime(2026, 5, 5, 9), datetime(2026, 5, 5, 12))]
    assert not any(e.title.lower().startswith("on both") for e in page_events(PAIR, "2026-05-03"))


def test_both_points_to_two_days_only():
    three = PAIR.replace("on Monday and Tuesday", "on Monday, Tuesday and Wednesday")
    assert all(e.start.date() != datetime(2026, 5, 6).date() for e in page_events(three, "2026-05-03")
               if isinstance(e.start, datetime) and e.start.hour == 9)
    assert not any(isinstance(e.start, datetime) and e.start.date() == datetime(2026, 5, 5).date()
                   for e in page_events(three, "2026-05-03"))


def test_a_clock_without_the_pointing_lead_is_left_to_the_other_rules():
    plain = PAIR.replace("On both days, the records office will open", "The records office will open")
    assert not any(isinstance(e.start, datetime) and e.start.date() == datetime(2026, 5, 5).date()
                   for e in page_events(plain, "2026-05-03"))
