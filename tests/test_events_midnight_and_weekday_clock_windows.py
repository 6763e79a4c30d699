"""Windows whose clock, end or midnight sits in a less common place:

- "from midnight on Friday, March 7, until midnight on Sunday, March 9": a midnight that opens a
  window opens its day and one that closes it ends its day, so the window is the whole days, shown
  as days (it was one minute, 23:59 to 00:00);
- "begins at 7pm and ends at midnight": the evening ends at the next day's 00:00, not at 23:59;
- "from Friday, 9:00 p.m., until Monday, 05:00 a.m.", "from Saturday, 08:00, until Sunday, 21:00":
  a clock written after its weekday, its comma, then the range word: one window with both ends
  (it was a start with no end and a deadline at the end), and no weekly hours;
- a clock range written with a non-breaking hyphen or another hyphen form reads as with "-".
"""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events


def test_midnight_to_midnight_is_the_whole_days():
    events = page_events("The Orlin Island ferry will be halted from midnight on Friday, March 7, until midnight on "
                         "Sunday, March 9, 2031.", "2031-03-02")
    assert [(e.start, e.end, e.all_day) for e in events] == [(date(2031, 3, 7), date(2031, 3, 9), True)]


def test_an_evening_that_ends_at_midnight_ends_at_the_next_day_s_start():
    events = page_events("The lantern gala at Velm Park begins at 7pm on Friday, March 7, and ends at midnight.",
                         "2031-03-02")
    assert [(e.start, e.end) for e in events] == [(datetime(2031, 3, 7, 19), datetime(2031, 3, 8, 0))]


def test_a_window_ending_at_a_later_day_s_midnight_ends_at_that_day_s_end():
    events = page_events("Kessel Street will be closed from 9pm on Friday, March 7, until midnight on Saturday, "
                         "March 8, 2031.", "2031-03-02")
    assert [(e.start, e.end) for e in events] == [(datetime(2031, 3, 7, 21), datetime(2031, 3, 9, 0))]


def test_weekday_clock_comma_until_weekday_clock_is_one_window():
    events = page_events("Parking on Kessel Road is restricted, starting from Friday, 9:00 p.m., until "
                         "Monday, 05:00 a.m.", "2031-03-02")
    assert [(e.kind, e.start, e.end) for e in events] == [
        ("event", datetime(2031, 3, 7, 21), datetime(2031, 3, 10, 5))]


def test_a_fair_from_one_weekday_clock_to_the_next_is_no_weekly_hours():
    events = page_events("The Orm craft fair will take place from Saturday, 08:00, until Sunday, 21:00.",
                         "2031-03-02")
    assert [(e.start, e.end, e.rrule) for e in events] == [(datetime(2031, 3, 8, 8), datetime(2031, 3, 9, 21), None)]


def test_weekday_hours_stay_weekly():
    events = page_events("The Orm craft shop is open Monday to Friday from 9am to 5pm.", "2031-03-02")
    assert all(e.rrule for e in events)


def test_a_clock_range_with_a_non_breaking_hyphen_reads_as_with_a_hyphen():
    events = page_events("On Friday, March 7, delays are expected near Kessel Hall from 6\u20119pm as a lantern "
                         "festival is held.", "2031-03-02")
    assert [(e.start, e.end) for e in events] == [(datetime(2031, 3, 7, 18), datetime(2031, 3, 7, 21))]
