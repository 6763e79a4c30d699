"""Hours that hold from a day on: a lead-in writing "as of D" (or "effective D") over list items
that open with a clock range makes each item a nightly or daily series from D, with no last day;
"runs every night from T1 to T2 as of D" is such a series too; and a lone "through T the following
day" only ends a night told before it, no entry of its own. R82 class 3 (page 07's shape), in our
own words."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

LISTED = """The district board changed the harbour curfew as of June 9. These hours now apply:

  • 21:00-05:30: Port Velmar

  • 23:00-05:30: The islands north of Tressa

Wardens said that anyone found outside will be held through 05:30 the following day.
"""


def test_items_under_an_as_of_lead_in_are_nightly_series_from_its_day():
    events = page_events(LISTED, "2031-06-07")
    series = sorted((e.start, e.end, e.rrule) for e in events if e.rrule)
    assert series == [(datetime(2031, 6, 9, 21, 0), datetime(2031, 6, 10, 5, 30), "FREQ=DAILY"),
                      (datetime(2031, 6, 9, 23, 0), datetime(2031, 6, 10, 5, 30), "FREQ=DAILY")]


def test_a_next_day_end_clock_gives_no_entry():
    events = page_events(LISTED, "2031-06-07")
    assert all(e.rrule for e in events), [(e.title, e.start) for e in events]


def test_every_night_as_of_a_day_is_a_series_from_that_day():
    events = page_events("The curfew in Port Velmar runs every night from 21:00 to 05:30 as of June 9.", "2031-06-07")
    assert [(e.start, e.end, e.rrule) for e in events] == [
        (datetime(2031, 6, 9, 21, 0), datetime(2031, 6, 10, 5, 30), "FREQ=DAILY")]


def test_items_under_a_lead_in_with_no_onward_day_stay_single():
    page = """The district board set the harbour festival programme for June 9:

  • 21:00-23:30: Lantern walk

  • 23:30-00:30: Fireworks over Port Velmar
"""
    events = page_events(page, "2031-06-07")
    assert events and not any(e.rrule for e in events)


def test_an_as_of_lead_in_over_items_without_clock_ranges_makes_no_series():
    page = """The district board changed the ferry fares as of June 9. The following now apply:

  • Adults: 4 euros

  • Children: 2 euros
"""
    assert not any(e.rrule for e in page_events(page, "2031-06-07"))
