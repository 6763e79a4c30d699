"""A season word opening a name ("the museum's autumn lecture series", "our winter reading
challenge") says which series, not when, when its sentence dates it otherwise ("runs from 3 October
to 28 November"): it blocks no title and gives no entry of its own, as a holiday opening a name
("Canada Day celebrations ... on Monday, July 1") does."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_season_naming_a_series_dated_otherwise_keeps_the_title_whole():
    text = "Museum notes\n\nThe museum's autumn lecture series runs from 3 October to 28 November 2031.\n"
    events = tagged_events(text, published=date(2031, 8, 1))
    assert [(e.start, e.end) for e in events] == [(date(2031, 10, 3), date(2031, 11, 28))]
    assert "autumn lecture" in events[0].title.lower()


def test_a_season_naming_a_series_over_loose_days_keeps_the_title_whole():
    text = "Museum notes\n\nOur library's winter reading challenge runs from the end of December through February.\n"
    events = tagged_events(text, published=date(2031, 8, 1))
    assert len(events) == 1 and "winter reading challenge" in events[0].title.lower()
