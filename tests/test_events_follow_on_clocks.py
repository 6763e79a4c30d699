"""A day-less clock "following the <event>" is on that event's day, not on the
day the text last wrote (follow_on_clocks.py); a weekday and part of the day before a date, a
slashed pair of days and "12.15 noon" reach the calendar whole."""
# Provenance: Round 13 (cs); red team 13 C3.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _starts(text: str, published: date) -> set[tuple[str, str]]:
    return {(e.title, str(e.start)[:16]) for e in tagged_events(text, published=published)}


def test_a_clock_following_the_meeting_is_on_the_meetings_day() -> None:
    text = ("The finance ministers will hold their meeting on 14 May in Luxembourg. The meeting starts at 9:30.\n\n"
            "Ministers will also attend the summit on 16 May.\n\n"
            "Following the meeting, a press briefing will be held at 1pm.\n")
    got = _starts(text, date(2024, 5, 1))
    assert ("Press briefing", "2024-05-14 13:00") in got
    assert not any(start.startswith("2024-05-16 13") for _, start in got)


def test_a_clock_after_the_agm_is_on_the_day_of_the_annual_general_meeting() -> None:
    text = ("The Annual General Meeting takes place on 20 April in the Main Hall.\n\n"
            "Nominations close on 10 April.\n\n"
            "Refreshments will be served at 6.30pm after the AGM.\n")
    got = _starts(text, date(2024, 3, 1))
    assert any(start == "2024-04-20 18:30" for _, start in got)
    assert not any(start == "2024-04-10 18:30" for _, start in got)


def test_a_clock_after_the_seminar_skips_a_later_workshop_day() -> None:
    text = ("Our spring seminar takes place on Tuesday 7 May in the library.\n\n"
            "The walking workshop is on Thursday 9 May.\n\n"
            "Drinks will be served at 6pm after the seminar.\n")
    got = _starts(text, date(2024, 4, 1))
    assert any(start == "2024-05-07 18:00" for _, start in got)
    assert not any(start == "2024-05-09 18:00" for _, start in got)


def test_an_event_named_without_a_day_beside_it_moves_nothing() -> None:
    text = ("The committee will discuss the meeting rules.\n\n"
            "The exhibition opens on 9 May.\n\n"
            "A guided tour starts at 3pm after the meeting.\n")
    got = _starts(text, date(2024, 4, 1))
    assert [start for _, start in got if start.endswith("15:00")] == ["2024-05-09 15:00"]    # as before: the day last written


def test_day_pieces_reach_the_calendar_with_their_date() -> None:
    text = ("The first planning meeting will take place on Monday evening 16th September.\n\n"
            "Celebrations will take place during the weekend of 7/8th June 2025.\n\n"
            "The Prince will address the opening session at 12.15 noon on 3 November.\n")
    got = {start for _, start in _starts(text, date(2024, 8, 1))}
    assert {"2024-09-16", "2025-06-07", "2024-11-03 12:15"} <= got
