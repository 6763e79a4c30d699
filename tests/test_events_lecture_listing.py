"""A lecture listing: the talk's title, its speaker's line (an honorific opening it) and its
date, each on a line of its own, a blank line apart as web pages set them."""

from __future__ import annotations

from datetime import datetime

from events_helpers import tagged_events

LISTING = ("Public Lecture Series\n\nDo you know where all the sheep dung goes?\n\nDr Ali Birkett\n\n"
           "7pm, Tuesday 7th November 2017\n\nNuts and Lightning Bolts\n\nDr Peter Garraghan\n\n"
           "7pm, Tuesday 14th November 2017\n")


def test_each_talk_is_titled_by_its_title_and_speaker():
    events = tagged_events(LISTING)
    assert sorted((e.start, e.title) for e in events) == [
        (datetime(2017, 11, 7, 19, 0), "Do you know where all the sheep dung goes? — Dr Ali Birkett"),
        (datetime(2017, 11, 14, 19, 0), "Nuts and Lightning Bolts — Dr Peter Garraghan"),
    ]


def test_a_name_with_no_honorific_is_no_speaker_line():
    events = tagged_events("Nuts and Lightning Bolts\nPeter Garraghan wrote this.\n7pm, Tuesday 14th November 2017\n")
    assert not any("Garraghan" in e.title for e in events)
