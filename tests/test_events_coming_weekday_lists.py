"""A cued list of weekdays written one by one after "on" ("... hours are 10:15 a.m. to 3:45 p.m.
on Friday, Saturday and Sunday") on a page that elsewhere reads a weekday alone as one day (a story
of one week: "The farewell sail leaves at 2:20 p.m. on Monday") is those coming days: a weekly series
with COUNT = the listed days, never an open rule that repeats a festival's days for ever
(weekday_hours._coming_days, weekday_hours_day_leads.en.txt)."""
# Provenance: session 55, R68 class 6 (page 06: a tall ships' visiting-hours sentence gave an open
# weekly rule; every iCalendar expander gave 500 occurrences).

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

STORY_DAY = date(2031, 3, 7)     # a Friday


def _series(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.title, str(e.start)[:16], e.rrule) for e in tagged_events(text, published=STORY_DAY) if e.rrule}


def test_listed_days_of_a_story_week_are_counted() -> None:
    text = ("Harbour festival\n\nVisitors may board the old schooners at the quay this weekend. Boarding hours for "
            "the schooners are from 10:15 a.m. to 3:45 p.m. on Friday, Saturday and Sunday.\n\n"
            "The farewell sail will leave at 2:20 p.m. on Monday.\n")
    assert _series(text) == {("Boarding hours for the schooners", "2031-03-07 10:15", "FREQ=WEEKLY;BYDAY=FR,SA,SU;COUNT=3")}


def test_the_count_starts_from_the_first_listed_day_after_the_page_day() -> None:
    text = ("Lantern fair\n\nThe stalls were set up on Thursday. Fair hours are from noon to 9 p.m. on Saturday, "
            "Sunday and Monday.\n")
    assert _series(text) == {("Fair hours", "2031-03-08 12:00", "FREQ=WEEKLY;BYDAY=MO,SA,SU;COUNT=3")}


def test_standing_hours_with_no_lone_weekday_stay_open() -> None:
    text = "Town museum\n\nThe museum is open on Saturday and Sunday from 10:15 a.m. to 3:45 p.m.\n"
    assert _series(text) == {("Museum open", "2031-03-08 10:15", "FREQ=WEEKLY;BYDAY=SA,SU")}


def test_each_before_the_list_keeps_it_open() -> None:
    text = ("Harbour festival\n\nBoarding hours are from 10:15 a.m. to 3:45 p.m. each Friday, Saturday and Sunday. "
            "The farewell sail leaves at 2:20 p.m. on Monday.\n")
    assert {rule for *_, rule in _series(text)} == {"FREQ=WEEKLY;BYDAY=FR,SA,SU"}


def test_a_list_without_the_lead_word_stays_open() -> None:
    text = ("Harbour festival\n\nBoarding hours are Friday, Saturday and Sunday, 10:15 a.m. to 3:45 p.m. "
            "The farewell sail leaves at 2:20 p.m. on Monday.\n")
    assert {rule for *_, rule in _series(text)} == {"FREQ=WEEKLY;BYDAY=FR,SA,SU"}


def test_a_range_of_weekdays_stays_open() -> None:
    text = ("Harbour festival\n\nBoarding hours are from 10:15 a.m. to 3:45 p.m. on Friday to Sunday. "
            "The farewell sail leaves at 2:20 p.m. on Monday.\n")
    assert {rule for *_, rule in _series(text)} == {"FREQ=WEEKLY;BYDAY=FR,SA,SU"}
