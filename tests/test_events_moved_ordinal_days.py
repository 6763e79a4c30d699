"""A day moved to a bare ordinal of its month: "August 16th Changed to 23rd" on a row of a meeting
list, "14 April – moved to the 21st" on a bullet, "the fun run on Sunday 6 June has been postponed
to the 13th" in prose. The ordinal is the new day of the same month (the tagger reads it through
moved_day_links.tsv), so the entry lands on it and none stays on the old day; a list row moved so
is still one of its list's days, titled, timed and placed as they are."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.timex import tag
from events_helpers import tagged_events


def _days(events):
    return sorted(e.start.date() if isinstance(e.start, datetime) else e.start for e in events)


def test_a_moved_row_of_a_meeting_list_lands_on_its_new_day_with_the_list():
    text = ("Committee Meetings 2027\n\n"
            "March 10th\nApril 14th Changed to 21st\nMay 12th\nJune 9th\n\n"
            "All meetings start at 7.00pm in the Memorial Hall.\n")
    events = tagged_events(text, published=date(2027, 1, 20))
    assert _days(events) == [date(2027, 3, 10), date(2027, 4, 21), date(2027, 5, 12), date(2027, 6, 9)]
    moved = next(e for e in events if _days([e]) == [date(2027, 4, 21)])
    assert isinstance(moved.start, datetime) and moved.start.hour == 19
    assert "changed" not in moved.title.lower()


def test_a_bulleted_day_now_on_the_nth_gives_only_the_new_day():
    text = ("Upcoming meetings\n\n* 5 March 2027\n* 9 April 2027 (now the 16th)\n* 7 May 2027\n\n"
            "The board meets at 6pm in the library.\n")
    events = tagged_events(text, published=date(2027, 1, 20))
    assert _days(events) == [date(2027, 3, 5), date(2027, 4, 16), date(2027, 5, 7)]


def test_a_day_postponed_to_the_nth_in_prose_gives_only_the_new_day():
    text = "The fun run on Sunday 6 June 2027 has been postponed to the 13th, as the council will be resurfacing the road."
    events = tagged_events(text, published=date(2027, 5, 20))
    assert _days(events) == [date(2027, 6, 13)]


def test_an_ordinal_after_a_move_with_no_day_before_is_no_day():
    assert [t.text for t in tag("After a poor start the club moved to 3rd, then 2nd.", date(2027, 5, 1))] == []


def test_a_placing_after_a_day_is_no_new_day():
    found = tag("On 5 May the club moved to 3rd place in the league.", date(2027, 5, 1))
    assert [t.text for t in found] == ["5 May"]


def test_a_moved_row_under_a_series_rule_stays_one_of_the_rule_s_days():
    text = ("The Board will meet on the second Tuesday of each month at 7pm for 2027.\n\n"
            "March 9th\nApril 13th - rescheduled to 20th\nMay 11th\nJune 8th\n")
    events = tagged_events(text, published=date(2027, 1, 20))
    one_offs = [e for e in events if not e.rrule]
    assert _days(one_offs) == [date(2027, 3, 9), date(2027, 4, 20), date(2027, 5, 11), date(2027, 6, 8)]
    assert len({e.title for e in one_offs}) == 1
