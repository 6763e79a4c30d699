"""ev53c (R66 class 2, pages 08 and 22 shapes, in words of our own): a stretch told by its length and
its start. "shut for 12 hours from 9 p.m. on 4 May" ends 12 hours after that clock; "a
three-day fair will begin in a town from March 20" runs three days, although a place stands
between the opening verb and the day. Before, the first had no end and the second was one day."""

from datetime import date, datetime

import pytest

from events_helpers import page_events


@pytest.mark.parametrize("link", ["from", "starting from", "starting", "beginning"])
def test_a_closure_for_some_hours_from_a_clock_ends_that_many_hours_on(link):
    # Fails on the parent for each row of lasting_from_words: the closure had no end.
    page = (f"The island's ferry terminal is set to close on Quiet Day for 12 hours {link} 09:00 p.m. local "
            "time on March 11.\n")
    timed = [e for e in page_events(page, "2024-03-07") if e.start == datetime(2024, 3, 11, 21, 0)]
    assert timed and [e.end for e in timed] == [datetime(2024, 3, 12, 9, 0)]


def test_a_length_counted_from_something_else_sets_no_end():
    # Guard (passes on the parent): more than the link word between the length and the day.
    page = "Tenants have 30 days from receipt of the notice sent on March 11 to reply, the office said.\n"
    assert all(e.end is None or e.end == e.start for e in page_events(page, "2024-03-07")
               if isinstance(e.start, datetime))


def test_a_festival_of_some_days_that_begins_in_a_town_from_a_day_runs_them():
    # Fails on the parent: the festival was one day (the town stood between the verb and the day).
    page = ("The old fair is back after a long pause. Its three-day kite festival "
            "will begin in Riverton from March 20.\n")
    spans = {(e.start, e.end) for e in page_events(page, "2024-03-07") if "festival" in e.title.lower()}
    assert spans == {(date(2024, 3, 20), date(2024, 3, 22))}


def test_a_length_that_is_no_opening_stays_one_day():
    # Guard (passes on the parent): no opening verb between the length and the day.
    page = "The three-day kite festival drew big crowds in Riverton on March 20.\n"
    assert all(e.end in (None, e.start) for e in page_events(page, "2024-03-07"))
