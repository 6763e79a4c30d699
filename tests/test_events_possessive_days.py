"""Class N (news items, press releases): a day or week in the possessive that is still to come
dates its noun ("next week's summit", "tomorrow's council meeting"); a wider possessive names
which one ("this year's conference") and a past one is the news ("Monday's storm")."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

RELEASE = date(2026, 3, 10)     # a Tuesday


def test_next_week_s_summit_is_a_tentative_entry_over_that_week():
    events = tagged_events("Negotiators are preparing for next week's summit in Accra.", published=RELEASE)
    assert [(e.start, e.end, e.location) for e in events] == [(date(2026, 3, 16), date(2026, 3, 22), "Accra")]


def test_tomorrow_s_meeting_is_dated_tomorrow():
    events = tagged_events("The papers for tomorrow's planning committee meeting are online.", published=RELEASE)
    assert [e.start for e in events] == [date(2026, 3, 11)]


def test_a_weekday_s_meeting_under_a_future_verb_is_that_day():
    events = tagged_events("Ministers will sign the accord at Thursday's meeting in Riga.", published=RELEASE)
    assert [(e.start, e.location) for e in events] == [(date(2026, 3, 12), "Riga")]


def test_a_past_possessive_day_is_the_news_not_an_entry():
    assert tagged_events("Monday's storm closed two schools.", published=RELEASE) == []


def test_a_weekday_s_report_awaited_in_the_present_is_no_entry():
    assert tagged_events("Traders await Thursday's inflation figures.", published=RELEASE) == []


def test_this_year_s_conference_takes_the_day_written_for_it():
    events = tagged_events("This year's conference will be held in Leeds on 4 May.", published=RELEASE)
    assert [e.start for e in events] == [date(2026, 5, 4)]
