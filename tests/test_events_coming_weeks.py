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


AUTUMN_RELEASE = date(2026, 10, 14)     # a summer or spring named in it is next year's


def test_a_window_for_the_details_leaves_the_occasion_its_own_season():
    events = tagged_events("The programme for the summer festival will be published in the coming weeks.",
                           published=AUTUMN_RELEASE)
    assert [(e.title, e.start, e.end) for e in events] == [("Festival", date(2027, 6, 1), date(2027, 8, 31))]


def test_a_notice_verb_makes_the_window_the_notice_s():
    assert tagged_events("The shortlist for the awards will be announced in the coming weeks.",
                         published=AUTUMN_RELEASE) == []


def test_a_hoped_for_meeting_in_the_coming_weeks_is_no_entry():
    assert tagged_events("The residents' group hopes to hold an open meeting in the coming weeks.",
                         published=AUTUMN_RELEASE) == []


def test_planned_hearings_in_the_coming_months_are_no_entry():
    assert tagged_events("Further hearings are planned in the coming months.", published=AUTUMN_RELEASE) == []


def test_an_unhedged_meeting_in_the_coming_weeks_keeps_its_window():
    events = tagged_events("A follow-up meeting of the working group will take place in the coming weeks.",
                           published=AUTUMN_RELEASE)
    assert [(e.start, e.end) for e in events] == [(AUTUMN_RELEASE, date(2026, 11, 13))]
