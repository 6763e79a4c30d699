"""A plan's day that its own sentence says "was pushed" (a move told with no new day in the
clause, as "was postponed" is) is no entry; the new day told later on the page is. A day after
"pushed" in the clause is the new one and stays."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _days(events) -> list[tuple[date, date]]:
    def day(value):
        return value.date() if isinstance(value, datetime) else value
    return [(day(e.start), day(e.end)) for e in events]


def test_an_original_range_that_was_pushed_gives_no_entry():
    text = ("The lantern walk was originally planned to run between October 2 and 4 but was pushed "
            "because the park flooded.\n\n"
            "\u201cWe will now hold the walk from Friday 10th November to Sunday 12th November 2023,\u201d "
            "the trust said.")
    events = tagged_events(text, published=date(2023, 9, 20))
    assert _days(events) == [(date(2023, 11, 10), date(2023, 11, 12))]


def test_plural_plans_that_were_pushed_give_no_entry():
    text = ("The two open mornings set for March 7 were pushed after the heating failed, and the school "
            "will hold one open morning on Saturday, April 18, 2026.")
    events = tagged_events(text, published=date(2026, 2, 20))
    assert _days(events) == [(date(2026, 4, 18), date(2026, 4, 18))]


def test_a_day_after_pushed_is_the_new_day():
    text = "The quiz night has been pushed to Friday, May 15, 2026 because of the election."
    events = tagged_events(text, published=date(2026, 4, 20))
    assert _days(events) == [(date(2026, 5, 15), date(2026, 5, 15))]
