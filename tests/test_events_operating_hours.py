"""A service that "will operate" over hours is the happening itself, as one that "will run" is
(event_verbs.en.txt): a strike-day notice gives each line or service its reduced hours on the day
named above. R63 class 5 (page 13's shape), in our own words."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def test_a_service_that_will_operate_over_hours_is_an_entry():
    text = ("Dock workers have set out the hours they will keep on Thursday.\n\n"
            "The harbour shuttle will operate from noon until 3 p.m.")
    events = [(e.title, e.start, e.end) for e in tagged_events(text, published=date(2031, 5, 6))]
    assert ("Harbour shuttle", datetime(2031, 5, 8, 12, 0), datetime(2031, 5, 8, 15, 0)) in events


def test_services_that_will_operate_only_over_hours_are_an_entry():
    text = ("The dockers' walkout is set for Thursday.\n\n"
            "Water taxis will operate only from 7 a.m. to 9 p.m.")
    events = [(e.title, e.start, e.end) for e in tagged_events(text, published=date(2031, 5, 6))]
    assert ("Water taxis", datetime(2031, 5, 8, 7, 0), datetime(2031, 5, 8, 21, 0)) in events
