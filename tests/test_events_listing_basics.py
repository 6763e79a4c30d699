"""Cases from realistic listings: an hourly series ends the day it starts (at its last talk),
opening hours are no event, "this year's conference" names which one, a talk is an event,
"GMT/BST" is UK time, and a planning reference number is no date."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from events_helpers import tagged_events


def test_an_hourly_series_ends_with_its_last_talk_on_its_day():
    text = ("# Open Day\n\nSaturday 19 June 2027\n\nSubject talks run every hour on the hour from 10am, "
            "with the last talk at 3pm, in the Ken Edwards Building.\n")
    result = process_document(Document("open.md", text, published=date(2027, 3, 1)), Options())
    (series,) = [e for e in result.events if e.rrule]
    assert series.rrule.startswith("FREQ=HOURLY") and series.rrule.endswith("UNTIL=20270619T150000")
    assert [e.title for e in result.events if not e.rrule and not e.all_day] == []    # "the last talk at 3pm" is its end


def test_opening_hours_and_a_possessive_year_are_no_entries_and_a_talk_is_one():
    assert tagged_events("Documents can be inspected at the Council Offices, Monday to Friday 9am to 5pm.",
                         published=date(2027, 1, 11)) == []
    assert tagged_events("The theme of this year's conference is open data.", published=date(2026, 11, 20)) == []
    (talk,) = tagged_events("Curator's talk – Thursday 4 March 2027, 6.30pm – 7.30pm.", published=date(2027, 1, 11))
    assert (talk.start, talk.end) == (datetime(2027, 3, 4, 18, 30), datetime(2027, 3, 4, 19, 30))


def test_gmt_bst_is_uk_civil_time_and_a_reference_number_is_no_date():
    (webinar,) = tagged_events("The webinar will be held on 7 April 2027, 12:30–13:30 GMT/BST.",
                               published=date(2027, 1, 11))
    assert webinar.tz == "Europe/London"
    assert tagged_events("Application reference: 3/26/2314/FUL", published=date(2027, 1, 11)) == []


def test_a_bracketed_weekday_restates_its_day_and_numbered_labels_name_their_dates():
    (deadline,) = tagged_events("2. Last date for submission of online application: 15th March, 2027 (Monday) "
                                "up to 5:00 P.M.", published=date(2027, 2, 1))
    assert deadline.start == datetime(2027, 3, 15, 17, 0)
    (test,) = tagged_events("4. Written test: 4th April, 2027 (Sunday), 10:00 A.M. to 1:00 P.M. (IST)",
                            published=date(2027, 2, 1))
    assert (test.title, test.start, test.end, test.tz) == ("Written test", datetime(2027, 4, 4, 10, 0),
                                                           datetime(2027, 4, 4, 13, 0), "Asia/Kolkata")


def test_a_date_line_under_a_heading_is_the_heading_s_event_at_the_place_after_the_dash():
    text = ("# Autumn Season 2027\n\nBooking opens on Monday 14 June 2027.\n\n"
            "## Royal Northern Sinfonia: Beethoven 7\n**Friday 15 October 2027, 7.30pm** — Main House\n"
            "Pre-concert talk in the Circle Bar.\n\n"
            "## THE LADYKILLERS\n**Tue 28 Sep – Sat 9 Oct 2027**\nA riotous adaptation.\n")
    found = {e.title: e for e in tagged_events(text, published=date(2027, 5, 1))}
    concert = found["Royal Northern Sinfonia: Beethoven 7"]
    assert (concert.start, concert.location) == (datetime(2027, 10, 15, 19, 30), "Main House")
    assert (found["The Ladykillers"].start, found["The Ladykillers"].end) == (date(2027, 9, 28), date(2027, 10, 9))


def test_dates_under_a_title_without_an_event_word_are_the_title_s_and_an_end_before_the_start_is_no_end():
    text = ("Tide Lines: Photographs of the Severn Estuary\n\n11 February – 16 May 2027\n"
            "Gallery 2, M Shed, Bristol\n\nPrints from forty years of walking the mudflats.\n")
    found = {e.title: e for e in tagged_events(text, published=date(2026, 12, 14))}
    show = found["Tide Lines: Photographs of the Severn Estuary"]
    assert (show.start, show.end) == (date(2027, 2, 11), date(2027, 5, 16))


def test_within_days_of_this_notice_is_a_deadline_counted_from_its_date():
    text = ("PLANNING APPLICATION\n\nAnyone who wishes to comment on this application should write to the "
            "Head of Planning within 21 days of the date of this notice.\n\nDate of this notice: 11 January 2027\n")
    (deadline,) = tagged_events(text)
    assert (deadline.kind, deadline.start) == ("deadline", date(2027, 2, 1))


def test_named_shows_are_events_but_figures_that_show_are_not():
    (show,) = tagged_events("The company will exhibit at the Ideal Home Show at Olympia London, which runs from "
                            "19 March to 5 April 2027.", published=date(2027, 3, 3))
    assert (show.title, show.start, show.end) == ("Ideal Home Show", date(2027, 3, 19), date(2027, 4, 5))
    assert tagged_events("Figures show that prices rose in March 2027.", published=date(2027, 4, 3)) == []


def test_a_date_after_after_that_anchors_the_next_is_no_occasion():
    events = tagged_events("Sign-up for summer term clubs opens on the first day back after Easter, Monday 12th April.",
                           published=date(2027, 1, 29))
    assert [e.start for e in events] == [date(2027, 4, 12)]


def test_a_clock_before_its_day_and_its_bracketed_restatement_make_one_timed_entry():
    (briefing,) = tagged_events("A regional briefing will follow at 11:00 EST (17:00 CET) on 2 December 2026.",
                                published=date(2026, 11, 24))
    assert (briefing.start, briefing.tz) == (datetime(2026, 12, 2, 11, 0), "America/New_York")
