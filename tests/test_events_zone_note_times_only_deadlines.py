"""A zone note under a list of dates ("All deadlines are 23:59 UTC-12.") times the list's
deadlines; the list's last row (the workshop itself) is no deadline and keeps its whole day,
though the note's clock follows it."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def test_the_note_s_clock_does_not_time_the_event_row_above_it():
    events = tagged_events("Important Dates:\n"
                           "- Workshop paper submission deadline: 20 July 2027\n"
                           "- Workshop paper acceptance notification: 5 August 2027\n"
                           "- Workshop date: 7 September 2027\n"
                           "All deadlines are 23:59 UTC-12.\n", published=date(2027, 5, 1))
    by_day = {e.start if isinstance(e.start, date) and not isinstance(e.start, datetime) else e.start.date(): e
              for e in events}
    assert by_day[date(2027, 7, 20)].start == datetime(2027, 7, 20, 23, 59)
    workshop = by_day[date(2027, 9, 7)]
    assert workshop.all_day and workshop.start == date(2027, 9, 7)
