"""A meeting's format written as numbers joined by "+" ("the 2+2 ministerial dialogue", "the
5+1 informal meeting") is part of its name: the title keeps the whole "2+2", not the last number."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_plus_format_before_the_event_noun_stays_whole():
    events = tagged_events("The 2+2 ministerial dialogue will take place in Tokyo on 14 March 2031.",
                           published=date(2031, 2, 1))
    assert [e.title for e in events] == ["2+2 ministerial dialogue"]


def test_a_plus_format_inside_a_longer_name_stays_whole():
    events = tagged_events("Delegates will meet at the 5+1 informal meeting in Vienna on 3 April 2031.",
                           published=date(2031, 2, 1))
    assert [e.title for e in events] == ["5+1 informal meeting"]
