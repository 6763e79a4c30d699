"""A filed act a subject wishes to do, allowed "from" a day ("Tenants wishing to appeal a rent
decision can do so from June 4"), opens on that day: an event named as the opening, not a
deadline. The same act allowed "on" one day stays that day's deadline."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PAGE_DAY = date(2026, 5, 1)


def test_an_act_allowed_from_a_day_is_its_opening():
    events = tagged_events("Tenants wishing to appeal a rent decision can do so from June 4.",
                           published=PAGE_DAY)
    assert [(e.title, e.kind, e.start) for e in events] == [
        ("Opening for tenants to appeal a rent decision", "event", date(2026, 6, 4))]


def test_an_act_allowed_on_one_day_stays_a_deadline():
    events = tagged_events("Tenants wishing to appeal a rent decision can do so on June 4.",
                           published=PAGE_DAY)
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2026, 6, 4))]
