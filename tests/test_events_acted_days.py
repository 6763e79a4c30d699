"""A day between a subject and its past verb dates what the subject did ("The licensing board on
Thursday extended the deadline to 20 March"): the news of the page, over by its date, so no entry;
the dates the act sets stay. A verb ahead ("will decide") keeps the day."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events


def _days(text: str, published: str) -> list[object]:
    return sorted(str(e.start) for e in page_events(text, published))


def test_an_extension_made_on_a_weekday_is_no_entry():
    page = ("# Scholarship deadline extended\n\n"
            "The Regional Education Board on Thursday extended the deadline for scholarship applications to "
            "March 20, 2026.\n")
    assert _days(page, "2026-03-06") == ["2026-03-20"]


def test_an_act_on_the_pages_own_day_with_an_adverb():
    page = ("# Entry dates moved again\n\n"
            "The examinations council (WAEC) on Monday further postponed the closing date for entries to "
            "Friday, 19 June 2026.\n")
    assert _days(page, "2026-06-08") == ["2026-06-19"]


def test_a_past_approval_beside_the_meeting_it_sets():
    page = ("# Town hall refurbishment\n\n"
            "The parish council on 2 February approved the plans, and a public exhibition will be held on "
            "14 March 2026 in the library.\n")
    assert _days(page, "2026-02-10") == ["2026-03-14"]


def test_an_act_still_ahead_keeps_its_day():
    page = ("# Planning decision\n\n"
            "The planning committee on Thursday 19 March 2026 will decide on the application at its meeting.\n")
    assert _days(page, "2026-03-02") == ["2026-03-19"]


def test_a_weekday_in_a_programme_name_is_no_day():
    page = ("# Championship fixtures confirmed\n\n"
            "The Sunday Game fixtures were confirmed last night. Kerry play Mayo on Saturday, June 13 at 3pm "
            "in Tralee.\n")
    assert [e.start for e in page_events(page, "2026-06-08")] == [datetime(2026, 6, 13, 15, 0)]
