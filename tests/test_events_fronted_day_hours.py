"""A day's opening hours told with the day fronted ("On Monday, July 9, the ticket office at Mill Street 4
will be open from 9:30 until 15:30") give the same entry as the day told after the verb: the office open
over the clock range on that day. A stretch fronted ("From Monday, July 9, ...") tells standing hours and is
left as before. (R77 class 1: a fronted day with 'will be open from T1 until T2' gave nothing.)"""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2027, 7, 1)


def _entries(text: str):
    return [(e.title, e.start, e.end) for e in tagged_events(text + "\n", published=PUBLISHED)]


def test_a_fronted_day_s_hours_are_an_entry():
    assert _entries("On Monday, July 9, the ticket office at Mill Street 4 will be open from 9:30 until 15:30.") == [
        ("Ticket office open", datetime(2027, 7, 9, 9, 30), datetime(2027, 7, 9, 15, 30))]


def test_after_a_closed_day_the_next_day_s_hours():
    text = ("The ticket offices stay shut on the holiday, July 8. On Monday, July 9, the ticket office at "
            "Mill Street 4 will be open from 9:30 until 15:30.")
    assert ("Ticket office open", datetime(2027, 7, 9, 9, 30), datetime(2027, 7, 9, 15, 30)) in _entries(text)


def test_the_same_hours_told_after_the_verb_as_before():
    assert _entries("The ticket office at Mill Street 4 will be open on Monday, July 9, from 9:30 until 15:30.") == [
        ("Ticket office open", datetime(2027, 7, 9, 9, 30), datetime(2027, 7, 9, 15, 30))]


def test_a_fronted_stretch_is_not_one_day_s_hours():
    assert _entries("From Monday, July 9, the ticket office will be open from 9:30 until 15:30.") == []


def test_a_closed_office_is_no_opening():
    assert not any("open" in t for t, _, _ in
                   _entries("On Monday, July 9, the ticket office will not be open from 9:30 until 15:30."))
