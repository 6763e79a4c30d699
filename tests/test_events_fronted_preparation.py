"""A sentence opened by what it prepares for ("In preparation for the spring exhibitions, the east
galleries will be closed during March 2031.") names that occasion only as the reason: the date is
the closure's, not the exhibitions'. An occasion the fronted words date themselves keeps its day."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_the_occasion_prepared_for_is_not_dated_by_the_main_clause():
    for opener in ("In preparation for", "In preparing for", "Ahead of"):
        text = f"{opener} the spring exhibitions, the east galleries will be closed during March 2031."
        events = tagged_events(text, published=date(2031, 2, 1))
        assert not any("exhibition" in e.title.lower() for e in events), opener


def test_an_occasion_dated_inside_the_fronted_words_keeps_its_day():
    text = "Ahead of the summit on 3 May 2031, the ministers will meet in Oslo on 1 May 2031."
    events = tagged_events(text, published=date(2031, 2, 1))
    assert any("summit" in e.title.lower() and e.start == date(2031, 5, 3) for e in events)
