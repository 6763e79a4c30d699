"""A meeting's clock written after its venue and town, led by "by" ("for Thursday, October 18,
2018, at the Grand Palm Hotel and Suites in Ikeja, Lagos by 10 am"): in company notices of some
countries "by" before a meeting's hour is when it begins, and the venue's town after "in" is part
of where it is. The meeting stayed all-day with no zone (R59 class 3).
"""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

PUBLISHED = "2018-09-20"
NOTICE = ("Shareholders of Kolade Foods Plc were told on Monday that this year's general meeting is set for "
          "Thursday, October 18, 2018, at the Grand Palm Hotel and Suites in Ikeja, Lagos {clock}.\n")


def _meetings(text: str) -> list[tuple[object, object]]:
    return [(e.start, e.tz) for e in page_events(text, PUBLISHED) if e.kind == "meeting"]


def test_by_before_the_clock_after_venue_and_town_times_the_meeting():
    assert _meetings(NOTICE.format(clock="by 10 am")) == [(datetime(2018, 10, 18, 10, 0), "Africa/Lagos")]


def test_at_before_the_clock_after_venue_and_town_too():
    assert _meetings(NOTICE.format(clock="at 10 am")) == [(datetime(2018, 10, 18, 10, 0), "Africa/Lagos")]


def test_by_right_after_the_day_times_it():
    text = "Kolade Foods Plc has fixed this year's general meeting for Thursday, October 18, 2018 by 10 am.\n"
    assert [e.start for e in page_events(text, PUBLISHED) if e.kind == "meeting"] == [datetime(2018, 10, 18, 10, 0)]


def test_a_lower_case_clause_between_keeps_the_day_whole():
    text = ("Kolade Foods Plc has fixed this year's general meeting for Thursday, October 18, 2018, at the Grand "
            "Palm Hotel and proxies must be lodged by 10 am.\n")
    assert [e.start for e in page_events(text, PUBLISHED) if e.kind == "meeting"] == [date(2018, 10, 18)]
