"""A page's time stamp and an act a notice orders:

- a line under the heading that holds only the day the page was written with its year, a clock and
  the zone ("2031-03-02 09:40 GMT+8"), over a story of later days, says when the story was filed: no
  entry (the reporter's line above named one), as the same line without its zone gives none
  (furniture_lines._figure_stamps); a stamp on another day is left to the other readers;
- "are ordered to be suspended", "is regulated to be closed": a passive of ordering before the act's
  infinitive announces the act as "are to be suspended" does (future_passive_leads).
"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

_HEAD = "Orlin ferries pause for the storm\n\nReporter K.Valdan\n\n"


def test_a_time_stamp_under_the_heading_is_no_entry():
    events = page_events(_HEAD + "2031-03-02 09:40 GMT+8\n\nThe harbour office said the ferries stayed in port "
                         "as the storm passed, and forecasters said the winds expected on March 4 would be the "
                         "strongest in years.", "2031-03-02")
    assert events == []


def test_a_time_stamp_on_a_later_day_is_left_to_the_other_readers():
    events = page_events(_HEAD + "2031-03-09 09:40 GMT+8\n\nThe harbour office said the ferries would stay in port "
                         "until the storm passes, and that the coast road will be closed on March 4.", "2031-03-02")
    assert datetime(2031, 3, 9, 9, 40) in [e.start for e in events]


def test_an_act_ordered_to_be_done_over_a_window_is_announced():
    events = page_events("The ferries between Orlin and the islands are ordered to be suspended between 07:00 AM "
                         "March 5 until March 9.", "2031-03-02")
    assert [(e.start, e.end.date()) for e in events] == [(datetime(2031, 3, 5, 7), datetime(2031, 3, 9).date())]
    assert "suspended" in events[0].title


def test_an_act_regulated_to_be_done_is_announced():
    events = page_events("Bus services to the coast are regulated to be halted between 06:00 AM March 5 until March 9.",
                         "2031-03-02")
    assert len(events) == 1 and events[0].start == datetime(2031, 3, 5, 6)
