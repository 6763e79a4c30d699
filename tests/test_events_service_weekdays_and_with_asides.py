"""A weekday naming a kind of service stays in the subject; a date in a "with" aside is the aside's.

"A reduced Saturday service will run on Monday 25 December": "Saturday" qualifies the service (an
article and an adjective before it, a service noun after it), so the title is the whole subject,
not "Reduced". "No trains will run on Friday 1 May with a reduced timetable from Saturday 2 May":
the Saturday is the reduced timetable's, not a day of no trains.
"""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def _titles(text: str) -> dict[date, str]:
    return {e.start.date() if hasattr(e.start, "date") else e.start: e.title for e in page_events(text, "2026-03-01")}


def test_a_weekday_before_a_service_noun_stays_in_the_subject():
    titles = _titles("A reduced Saturday service will run on Monday 25 December 2028.")
    assert titles[date(2028, 12, 25)] == "Reduced Saturday service"


def test_a_date_in_a_with_aside_after_another_date_is_the_aside_s():
    titles = _titles("No trains will run on Friday 1 May 2026 with a reduced timetable from Saturday 2 May 2026.")
    assert titles[date(2026, 5, 2)] == "Reduced timetable"


def test_an_aside_with_no_date_before_it_leaves_the_subject():
    titles = _titles("Trains will run with extra carriages from Saturday 2 May 2026.")
    assert titles[date(2026, 5, 2)] == "Trains"


def test_a_weekday_service_as_a_venue_keeps_the_title():
    titles = _titles("The choir will sing at the Sunday service on 7 June 2026.")
    assert titles[date(2026, 6, 7)] == "Choir sings at the Sunday service"


def test_a_new_conjunct_after_the_aside_is_no_date_of_the_aside():
    text = ("\"The branch reopens on Monday, December 29 with longer opening hours and on Tuesday, "
            "December 30 with every desk shutting at 4:00pm,\" the notice said.")
    titles = {e.start.date() if hasattr(e.start, "date") else e.start: e.title for e in page_events(text, "2025-12-20")}
    assert titles.get(date(2025, 12, 30)) != "Longer opening hours"
