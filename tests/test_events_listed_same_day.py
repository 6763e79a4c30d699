""""the same day" after a sentence listing several days names none of them (R72 page 21: a
leftover of session 59, an office's hours over nine days then "issued on the same day" gave an
entry on the list's last day).

The tagger counts it from the last day told, the list's last; a reader cannot tell which day is
meant, so the report lists it. After one told day it keeps that day.
"""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PUBLISHED = "2024-04-02"


def _titles_by_day(text: str) -> dict[date, set[str]]:
    days: dict[date, set[str]] = {}
    for e in page_events(text, PUBLISHED):
        days.setdefault(e.start if not hasattr(e.start, "hour") else e.start.date(), set()).add(e.title)
    return days


def test_the_same_day_after_a_list_of_days_gives_no_entry():
    text = ("The library will be open Monday (15), Tuesday (16) and Thursday (18) from 9 am to 5 pm.\n\n"
            "Library cards will be renewed on the same day at the front desk.\n")
    assert not any("card" in title.lower() for titles in _titles_by_day(text).values() for title in titles)


def test_the_list_keeps_its_own_last_day():
    text = ("The library will be open Monday (15), Tuesday (16) and Thursday (18) from 9 am to 5 pm.\n\n"
            "Library cards will be renewed on the same day at the front desk.\n")
    assert date(2024, 4, 18) in _titles_by_day(text)


def test_the_same_day_after_one_day_keeps_it():
    text = ("The craft market opens on Saturday 13 April. A pottery workshop will be held on the same day "
            "in the church hall.\n")
    assert "Pottery workshop" in _titles_by_day(text).get(date(2024, 4, 13), set())
