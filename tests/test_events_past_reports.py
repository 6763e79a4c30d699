"""Past one-offs a page reports beside what it announces (round 26 page 16's class): on a page
whose day is written, a single day told in the past tense before that day gives no entry when the
page announces a day ahead; a page of past days only keeps them, as an archive does."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_past_meeting_reported_beside_the_next_one_gives_no_entry():
    text = "The parish council met on 9 March and agreed the grant. Its next meeting will be on 13 April."
    events = tagged_events(text, published=date(2027, 3, 11))
    assert [e.start for e in events] == [date(2027, 4, 13)]


def test_a_page_of_past_meetings_only_keeps_them():
    text = "The parish council met on 9 March and agreed the grant. The fete was held on 2 March."
    events = tagged_events(text, published=date(2027, 3, 11))
    assert sorted(e.start for e in events) == [date(2027, 3, 2), date(2027, 3, 9)]


def test_a_past_day_on_a_page_dated_from_its_tenses_is_kept():
    text = "The parish council met on 9 March 2027 and agreed the grant. Its next meeting will be on 13 April 2027."
    events = tagged_events(text)
    assert date(2027, 3, 9) in {e.start for e in events}


def test_the_past_start_of_an_occasion_still_running_is_kept():
    text = ("The town show opened on Saturday 4 September and closes on Sunday 12 September "
            "with the parade.")
    events = tagged_events(text, published=date(2027, 9, 8))
    assert date(2027, 9, 4) in {e.start for e in events}


def test_bulleted_rows_of_past_meetings_stay_beside_the_next_one():
    text = ("Minutes of the residents' group\n\nEarlier meetings:\n\n"
            "- The group met on 5 September 2027 in the school hall.\n"
            "- The group met on 10 October 2027 at the fire station.\n\n"
            "The next meeting will be held on 14 December 2027 in the school hall.")
    events = tagged_events(text, published=date(2027, 11, 25))
    assert sorted(e.start for e in events) == [date(2027, 9, 5), date(2027, 10, 10), date(2027, 12, 14)]


def test_rows_led_by_their_past_dates_stay_beside_the_next_one():
    text = ("Residents' group\n\nEarlier meetings\n\n"
            "5 September 2027: The group met in the school hall.\n"
            "10 October 2027: The group met at the fire station.\n\n"
            "The next meeting will be held on 14 December 2027 in the school hall.")
    events = tagged_events(text, published=date(2027, 11, 25))
    assert sorted(e.start for e in events) == [date(2027, 9, 5), date(2027, 10, 10), date(2027, 12, 14)]


def test_numbered_rows_of_past_meetings_stay_beside_the_next_one():
    # a numbered list is a list as a bulleted one is (the sentence splitter reads "1." as an item)
    text = ("Residents' group\n\nEarlier meetings:\n\n"
            "1. The group met on 5 September 2027 in the school hall.\n"
            "2) The group met on 10 October 2027 at the fire station.\n\n"
            "The next meeting will be held on 14 December 2027 in the school hall.")
    events = tagged_events(text, published=date(2027, 11, 25))
    assert sorted(e.start for e in events) == [date(2027, 9, 5), date(2027, 10, 10), date(2027, 12, 14)]


def test_prose_wrapped_onto_a_line_its_date_leads_is_still_a_report():
    # the date leads the line, but the sentence began on the line above: wrapped prose, vetoed
    text = ("Residents' group\n\nThe group met, as planned, at the fire station on\n"
            "10 October 2027 and voted for the new path.\n\n"
            "The next meeting will be held on 14 December 2027 in the school hall.")
    events = tagged_events(text, published=date(2027, 11, 25))
    assert sorted(e.start for e in events) == [date(2027, 12, 14)]
