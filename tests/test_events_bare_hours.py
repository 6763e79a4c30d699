"""Hours of a weekly occasion written as bare numbers (class B of round 33, session 25):
- "meets from 10-2" beside "Every Friday" is 10:00-14:00 each Friday (the smaller end is past noon);
- "Tuesdays 7-9" right after the days is an evening, 19:00-21:00;
- "between 10 and 4", "10 till 12" read the same way;
- a count after the pair ("ages 7-11", "10-12 people") is no clock, nor a pair with no weekday
  series in its line, nor a pair the tagger read as a date."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2027, 3, 2)     # a Tuesday


def _entries(text: str):
    return [(e.start, e.end, e.rrule) for e in tagged_events(text, published=PUBLISHED)]


def test_a_bare_range_after_from_is_the_weekly_groups_hours():
    text = "Every Friday our lunch club meets from 10-2 in the village hall.\n"
    assert _entries(text) == [(datetime(2027, 3, 5, 10), datetime(2027, 3, 5, 14), "FREQ=WEEKLY;BYDAY=FR")]


def test_a_bare_range_right_after_plural_days_is_an_evening():
    text = "Tuesdays 7-9: choir practice in the school hall.\n"
    assert _entries(text) == [(datetime(2027, 3, 2, 19), datetime(2027, 3, 2, 21), "FREQ=WEEKLY;BYDAY=TU")]


def test_between_and_and_till_join_bare_hours():
    text = "Every Thursday, 10 till 12, there is a coffee morning in the library.\n"
    assert _entries(text) == [(datetime(2027, 3, 4, 10), datetime(2027, 3, 4, 12), "FREQ=WEEKLY;BYDAY=TH")]
    text = "Every Saturday the repair cafe opens between 9.30 and 1 at the scout hut.\n"
    assert [(s, e) for s, e, _ in _entries(text)] == [(datetime(2027, 3, 6, 9, 30), datetime(2027, 3, 6, 13))]


def test_a_count_after_the_pair_is_not_hours():
    text = "Every Monday the juniors from 7-11 years practise at the nets.\n"
    assert all(s.__class__ is date for s, _, _ in _entries(text))


def test_a_pair_without_a_weekday_series_gives_no_clock():
    text = "The under 12s won 10-2 against the visitors on 6 March 2027.\n"
    assert all(not isinstance(s, datetime) or s.hour == 0 for s, _, _ in _entries(text))
