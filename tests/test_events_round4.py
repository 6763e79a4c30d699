"""Round-4 red-team classes in the events stage: standing hours, organiser actions, cues."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

from calfeed.model import Document
from calfeed.pipeline import process_document


def _unresolved(text: str, published: date) -> list[str]:
    return [u.reason for u in process_document(Document("a.md", text, published=published)).unresolved]


def test_standing_daily_hours_are_no_endless_series():
    text = "For journey planning, call 0344 811 0141 (daily, 07:00 to 22:00). The museum is open daily from 10am to 5pm."
    assert tagged_events(text, published=date(2027, 1, 10)) == []
    assert all("standing hours" in why for why in _unresolved(text, date(2027, 1, 10)))


def test_a_daily_series_with_its_dates_stays():
    events = tagged_events("A guided tour runs daily at 2pm from 1 May to 30 September 2027.", published=date(2027, 1, 10))
    assert [(e.start, e.rrule) for e in events] == [(datetime(2027, 5, 1, 14), "FREQ=DAILY;UNTIL=20270930T235959")]
