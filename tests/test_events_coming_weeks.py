"""Class N (press releases): "in the coming weeks", "over the next few months" are windows
counted from the release's date, like "later this month"; an occasion a release dates only so
is a tentative entry over that window. "Recently" and "in the future" hold no window and
stay without an entry."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

RELEASE = date(2026, 3, 10)


def test_a_meeting_in_the_coming_weeks_is_a_tentative_entry_from_the_release_date():
    events = tagged_events("A follow-up meeting of the working group will take place in the coming weeks.",
                           published=RELEASE)
    assert [(e.start, e.precision) for e in events] == [(RELEASE, "approximate")]
    assert events[0].end > RELEASE


def test_hearings_over_the_next_few_weeks_keep_their_place():
    events = tagged_events("The panel will hold public hearings in Leeds over the next few weeks.",
                           published=RELEASE)
    assert [(e.location, e.precision) for e in events] == [("Leeds", "approximate")]


def test_a_trend_in_the_coming_years_is_no_entry():
    assert tagged_events("Costs are expected to rise in the coming years.", published=RELEASE) == []


def test_an_undated_future_is_no_entry():
    assert tagged_events("The council may hold a second vote in the future.", published=RELEASE) == []
