"""A deadline told as "the last day for <something> is <day>" or "the last recommended posting
date for <places> is <day>": the subject names the last moment itself, so it is a deadline titled
by the subject ("Last day for standard parcels"), and "in time for Easter" in that sentence is the
goal, not the deadline's day (cues: "last day for", "last posting date", "in time for"). Such
sentences gave nothing, or put the deadline on the goal's day (R60 class 4).
"""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PUBLISHED = "2024-03-23"


def _deadlines(text: str) -> list[tuple[date, str]]:
    return sorted((e.start, e.title) for e in page_events(text, PUBLISHED) if e.kind == "deadline")


def test_the_last_day_for_something_is_a_weekday():
    text = ("Senders need not panic. In practice, the last day for standard parcels to be sent in time for "
            "Easter is this Tuesday.\n")
    assert _deadlines(text) == [(date(2024, 3, 26), "Last day for standard parcels")]


def test_the_last_recommended_posting_date_for_places():
    text = "The last recommended posting date for Italy, Greece and Malta is this Wednesday.\n"
    got = _deadlines(text)
    assert [day for day, _ in got] == [date(2024, 3, 27)]
    assert got[0][1].startswith("Last recommended posting date for Italy")


def test_in_time_for_a_holiday_is_no_deadline_of_its_own():
    text = "Cards must be posted by Thursday to arrive in time for Easter.\n"
    assert [day for day, _ in _deadlines(text)] == [date(2024, 3, 28)]
