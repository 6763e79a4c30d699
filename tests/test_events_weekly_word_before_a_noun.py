"""A pool's programme lists its sessions as bullet lines ("- Tuesday Toddler Sessions are held at
10:00 a.m."), each followed by notes, one of which offers "weekly text reminders". "weekly" before a
noun names how often something else comes (the reminders), so it is no statement that the slots
below it run weekly (weekly_lines.weekly_slots), and no row borrows another's weekday. Each row's
own words say it recurs: a weekday, a plural event noun, a verb in the present plural
(schedule_sentences: "Friday & Sunday Family Sessions are held at 2:00 p.m." is both days)."""

from datetime import date, datetime

from events_helpers import tagged_events

PAGE = """# Pool Programmes

## FAMILY SWIM SESSIONS

Family swims are open to parents with their own children.

- Tuesday Toddler Sessions are held at 10:00 a.m.

- These sessions are for children under 3.
- Booking is not required, but you can get weekly text reminders and closure alerts by signing up here

- Friday & Sunday Family Sessions are held at 2:00 p.m.

- These sessions are for all ages.
- Booking is not required, but you can get weekly text reminders and closure alerts by signing up here
"""


def _series(text: str) -> list[tuple[datetime, str | None]]:
    return sorted((e.start, e.rrule) for e in tagged_events(text, published=date(2025, 9, 1)))


def test_each_row_is_a_weekly_series_on_its_own_weekdays():
    assert _series(PAGE) == [(datetime(2025, 9, 2, 10, 0), "FREQ=WEEKLY;BYDAY=TU"),
                             (datetime(2025, 9, 5, 14, 0), "FREQ=WEEKLY;BYDAY=FR,SU")]


def test_a_row_told_in_the_past_is_no_series():
    text = PAGE.replace("Tuesday Toddler Sessions are held", "Tuesday Toddler Sessions were held")
    assert all(rule != "FREQ=WEEKLY;BYDAY=TU" for _, rule in _series(text))


def test_a_statement_that_slots_run_weekly_still_makes_them_series():
    text = ("Rhyme Time for toddlers\n\nThis program is run weekly during school term only\n\n"
            "  • Riverside Library - Tuesday 10:30am\n")
    assert _series(text) == [(datetime(2025, 9, 2, 10, 30), "FREQ=WEEKLY;BYDAY=TU")]
