"""A clock apart from its day. A table cell copied as text runs several "<day>: <what happens>" rows together
("Friday, May 3: counters shut at 1:00 p.m. Monday, May 6: closed all day. Tuesday, May 7: ..."):
each day is an entry of its own with its own clock, and the clock that ends one row does not go to the day that
opens the next. A move told as a range ("moved ... from 4th May 2030 to 11th May 2030, with stalls open
from 10 a.m.") keeps only the new day, and the clock written after it is that day's, not the old one's."""
# Provenance: class 4 of round R50 (a holiday-hours cell, a postponed concert), in wordings of our own; session 37.

from __future__ import annotations

from datetime import date, datetime

from calfeed.timex import tag
from events_helpers import page_events

PUBLISHED = "2030-04-20"

CELL = ("Office hours over the spring holidays\n\n"
        "Spring holidays |\n"
        "Friday, May 3: counters shut at 1:00 p.m. Monday, May 6: Closed all day. "
        "Tuesday, May 7: Closed all day. Wednesday, May 8: Head office only, 9:00 a.m. to noon. |\n")

PLAIN_CELL = ("Opening over the bank holiday\n\n"
              "- Thursday, May 2: open as usual. Friday, May 3: doors close at 2 p.m. Monday, May 6: closed all day.\n")


def _entries(text: str) -> dict[date, datetime | date]:
    """Each entry's day -> its start (a datetime when timed)."""
    return {(e.start.date() if isinstance(e.start, datetime) else e.start): e.start
            for e in page_events(text, PUBLISHED)}


def test_each_row_of_a_cell_is_its_own_day_with_its_own_clock():
    found = _entries(CELL)
    assert found.get(date(2030, 5, 3)) == datetime(2030, 5, 3, 13, 0), found
    assert found.get(date(2030, 5, 6)) == date(2030, 5, 6), found
    assert found.get(date(2030, 5, 7)) == date(2030, 5, 7), found
    assert date(2030, 5, 8) in found, found


def test_a_clock_ending_one_row_stays_off_the_next_rows_day():
    found = _entries(PLAIN_CELL)
    assert found.get(date(2030, 5, 6)) == date(2030, 5, 6), found
    assert date(2030, 5, 2) in found, found


def test_the_tagger_leaves_a_clock_before_a_labelled_day_to_the_row_before():
    values = {(t.text, t.value) for t in tag(CELL, date(2030, 4, 20))}
    assert ("1:00 p.m.", "2030-05-03T13:00") in values, values
    assert ("Monday, May 6", "2030-05-06") in values, values


def test_a_clock_after_a_move_told_as_a_range_is_the_new_days():
    text = ("Spring fair moved\n\n"
            "Because the school needs its hall for exams, the spring fair has been moved from 4th May 2030 to "
            "11th May 2030, with stalls open from 10 a.m.\n")
    starts = [e.start for e in page_events(text, PUBLISHED)]
    assert datetime(2030, 5, 11, 10, 0) in starts, starts
    assert not any(isinstance(s, date) and not isinstance(s, datetime) and s == date(2030, 5, 11) for s in starts), starts
