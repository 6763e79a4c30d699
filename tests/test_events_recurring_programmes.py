"""Recurring programmes, meetings that open and close, and runs from "now": a library's weekly slots, a museum's monthly lates, a session's opening and
closing days, a projection running "from now till Oct. 30"."""
# Provenance: red team 9a B5, B6, B7, D3.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import framed_by_title, tagged_events


def test_a_weekly_slot_under_a_title_line_with_no_event_word_is_that_title():
    text = ("Babytime\nTuesdays, 10:30 am\nA lapsit program for infants features action rhymes.\n\n"
            "Kaleidoscope Play and Learn\nFridays, 10:00 to 11:30 am\nPlay, read, sing, and share a snack.\n")
    events = framed_by_title(text, published=date(2024, 8, 14))
    baby, play = events["Babytime"], events["Kaleidoscope Play and Learn"]
    assert baby.rrule == "FREQ=WEEKLY;BYDAY=TU" and baby.start == datetime(2024, 8, 20, 10, 30)
    assert play.rrule == "FREQ=WEEKLY;BYDAY=FR"
    assert (play.start, play.end) == (datetime(2024, 8, 16, 10, 0), datetime(2024, 8, 16, 11, 30))


def test_member_states_will_meet_over_a_range_is_their_meeting():
    text = ("WHO Member States and other stakeholders will meet in Geneva from 4-8 December to initiate "
            "talks aimed at increasing research and development for medicines.")
    (event,) = tagged_events(text, published=date(2006, 11, 27))
    assert event.title == "WHO Member States meeting" and event.kind == "meeting"
    assert (event.start, event.end, event.location) == (date(2006, 12, 4), date(2006, 12, 8), "Geneva")


def test_a_session_that_opens_and_closes_is_one_meeting_from_its_opening_clock():
    text = ("The first session of the Working Group will open at 10:00 on Monday, 4 December 2006, "
            "and will close on Friday, 8 December 2006.")
    (event,) = tagged_events(text, published=date(2006, 11, 27))
    assert event.kind == "meeting" and event.title == "First session of the Working Group"
    assert (event.start, event.end) == (datetime(2006, 12, 4, 10, 0), datetime(2006, 12, 8, 23, 59))


def test_it_after_a_sentence_naming_the_meeting_is_that_meeting():
    text = ("The meeting will be held at the International Conference Centre Geneva (CICG), in Conference "
            "Room 1. It will open at 10:00 on Monday, 4 December 2006, and will close on Friday, 8 December 2006.")
    (event,) = tagged_events(text, published=date(2006, 11, 27))
    assert event.kind == "meeting" and (event.start, event.end) == (datetime(2006, 12, 4, 10, 0),
                                                                    datetime(2006, 12, 8, 23, 59))


def test_a_registration_that_opens_and_closes_still_closes_as_a_deadline():
    text = "Registration will open on Monday, 4 December 2006, and will close on Friday, 8 December 2006."
    events = tagged_events(text, published=date(2006, 11, 27))
    assert [(e.kind, e.start) for e in events if e.kind == "deadline"] == [("deadline", date(2006, 12, 8))]


def test_a_run_from_now_till_a_day_starts_on_the_document_date():
    text = ("From now till Oct. 30, the walls of the Esplanade Courtyard will come alive with a projection "
            "titled, “Dancing with Light”.")
    (event,) = tagged_events(text, published=date(2022, 10, 17))
    assert event.title == "Dancing with Light" and event.precision == "exact"
    assert (event.start, event.end) == (date(2022, 10, 17), date(2022, 10, 30))


def test_a_run_from_now_till_the_end_of_the_year_is_no_december_block():
    text = "Esplanade is having a slew of events and offerings from now till the end of the year."
    (event,) = tagged_events(text, published=date(2022, 10, 17))
    assert event.window == (date(2022, 10, 17), date(2022, 12, 31))


def test_an_exhibition_running_from_now_until_a_day_is_exact():
    (event,) = tagged_events("The exhibition runs from now until Oct. 30 at the Esplanade Courtyard.",
                             published=date(2022, 10, 17))
    assert (event.start, event.end, event.precision) == (date(2022, 10, 17), date(2022, 10, 30), "exact")
