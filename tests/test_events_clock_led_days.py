"""Clock ranges given once for several days (R63 class 7, page 20's shape): "10:30 a.m. to 7:15 p.m. on
Thursday and Friday, and 2 – 6 p.m. on Saturday". Friday shares Thursday's hours, written before
the list; Saturday's own hours, written clock first before it, are no hours of the days before."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def test_each_day_takes_the_hours_written_before_its_list():
    events = tagged_events("The craft fair will be open 10:30 a.m. to 7:15 p.m. on Thursday and Friday, and 2 – 6 p.m. "
                           "on Saturday.", published=date(2021, 11, 1))
    assert sorted((e.start, e.end) for e in events) == [
        (datetime(2021, 11, 4, 10, 30), datetime(2021, 11, 4, 19, 15)),
        (datetime(2021, 11, 5, 10, 30), datetime(2021, 11, 5, 19, 15)),
        (datetime(2021, 11, 6, 14, 0), datetime(2021, 11, 6, 18, 0)),
    ]


def test_a_clock_written_after_the_last_day_is_still_shared():
    events = tagged_events("The webinars will be held on 10 February and 3 March 2027 at 12:30.",
                           published=date(2027, 1, 5))
    assert sorted(e.start for e in events) == [datetime(2027, 2, 10, 12, 30), datetime(2027, 3, 3, 12, 30)]
