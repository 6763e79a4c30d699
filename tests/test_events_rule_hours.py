"""A recurring rule's hours carried to the day the page names as one of its occurrences (R63
class 7, page 16's shape): a rule with its hours and no event of its own, then "this coming
Friday, ..., there is a compulsory clean-up" was an untimed day. Texts of our own."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

RULE = ("On the last Friday of each month between 8AM and 11AM the whole town stops work. Shops stay shut "
        "because of the Clean-up, a duty for every household.\nThe council checks who takes part.\n")


def test_the_named_occurrence_takes_the_rule_s_hours():
    events = page_events(RULE + "So this coming Friday, March 27th, 2026, there is a compulsory clean-up "
                         "supervised by the council.", "2026-03-23")
    assert [(e.start, e.end) for e in events] == [(datetime(2026, 3, 27, 8, 0), datetime(2026, 3, 27, 11, 0))]


def test_a_day_off_the_rule_keeps_no_hours():
    events = page_events(RULE + "So this coming Friday, March 20th, 2026, there is a compulsory clean-up "
                         "supervised by the council.", "2026-03-16")
    assert [e.start for e in events] == [date(2026, 3, 20)]


def test_an_entry_about_something_else_keeps_no_hours():
    events = page_events("Members meet on the first Monday of every month between 7PM and 9PM at the club.\n"
                         "The museum open day will be on Monday, 2 March 2026.", "2026-02-20")
    assert date(2026, 3, 2) in [e.start for e in events]
