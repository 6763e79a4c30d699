"""A curfew is a closure of the streets for its days: an event noun (event_nouns.en.tsv), so the days a
notice gives it are entries, a bare day listed after one month ("June 6 and 13") included.
R63 class 5 (page 21's shape), in our own words."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_curfew_on_two_listed_days_gives_two_entries():
    events = tagged_events("Please note that the curfew is to apply again on June 6 and 13.",
                           published=date(2031, 6, 2))
    assert [(e.title, e.start) for e in events] == [("Curfew", date(2031, 6, 6)), ("Curfew", date(2031, 6, 13))]


def test_a_curfew_in_force_today_is_today_s_entry():
    events = tagged_events("The curfew will hold for the whole of today, June 6, in both towns.",
                           published=date(2031, 6, 6))
    assert [(e.title, e.start) for e in events] == [("Curfew", date(2031, 6, 6))]
