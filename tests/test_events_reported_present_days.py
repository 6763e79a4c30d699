"""A news report's present told of a vague number on the day of writing gives no entry (R68 22:
the page's day given to a count of visitors and to the fleet's crew changes, two must-not days):
"..., with plenty more arriving today" after a count of visitors, "Many boats have crew swaps
going on tonight". A clause that tells its day ahead with "will" or "shall", a plan told
with "tomorrow", and a named occasion that goes on today keep their days."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

DAY = "2010-08-09"


def _days(text: str) -> list[date]:
    return [e.start if isinstance(e.start, date) and not hasattr(e.start, "hour") else e.start.date()
            for e in page_events(text, DAY)]


def test_a_crowd_expected_today_is_no_entry_on_the_page_s_day():
    text = ("Around 600,000 people have come to the port during the harbour festival, "
            "with plenty more arriving today and tomorrow.")
    assert date(2010, 8, 9) not in _days(text)


def test_many_boats_busy_today_or_tonight_give_no_entry():
    for day in ("today", "tonight"):
        assert _days(f"Many boats have crew swaps going on {day}, with briefings and some drills.") == [], day


def test_a_vague_count_told_ahead_keeps_its_day():
    for auxiliary in ("will", "shall"):
        assert _days(f"Several roads {auxiliary} close today for the boat parade.") == [date(2010, 8, 9)], auxiliary


def test_a_plan_for_tomorrow_and_a_named_occasion_today_keep_their_days():
    assert _days("Several roads close tomorrow for the boat parade.") == [date(2010, 8, 10)]
    assert date(2010, 8, 9) in _days("The harbour festival continues today and tomorrow.")
