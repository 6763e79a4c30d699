"""A relative anchor set beside a date ("6 May, the day after the regional elections"; "the day
after the closing of the festival, 9 May, is an official holiday") names the event the day is
counted from, not the day's own: the entry is titled by what the day is ("a free day", "an
official holiday"), not by the anchor's event. A title before the anchor stays."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title

_APRIL = date(2027, 4, 1)


def test_an_anchor_after_the_date_gives_way_to_the_free_day():
    titles = framed_by_title("The governor gives all workers a free day for 6 May 2027, the day after the regional "
                             "elections; schools will stay shut.", published=_APRIL)
    assert list(titles) == ["Free day"]


def test_an_anchor_before_the_date_gives_way_to_what_the_day_is():
    titles = framed_by_title("Under the holidays act, the day after the closing of the Harbour Song Festival, "
                             "9 May 2027, is an official holiday.", published=_APRIL)
    assert list(titles) == ["Official holiday"]


def test_an_event_named_before_the_anchor_keeps_the_day():
    titles = framed_by_title("The street party will be held on the day after the final, 6 May 2027.", published=_APRIL)
    assert list(titles) == ["Street party"]
