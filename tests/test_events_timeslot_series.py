"""A programme's usual time slot is a weekly series: a show that "then settles into its usual
timeslot on Tuesdays at 9 p.m. starting September 17" (timeslot, time slot: event nouns) gets a
weekly entry from that day, titled by the slot."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

_NEWS = ("The network has set an early return for the second season of \"Harbour Lights\". The "
         "two-hour opener of the season will air on September 10. Following that opener, the drama "
         "then settles into its usual timeslot on Tuesdays at 9 p.m. starting September 17.\n")


def test_a_regular_timeslot_from_a_day_is_a_weekly_series():
    weekly = [e for e in page_events(_NEWS, "2019-08-12") if e.rrule]
    assert [(e.start, e.rrule) for e in weekly] == [(datetime(2019, 9, 17, 21, 0), "FREQ=WEEKLY;BYDAY=TU")]
    assert "timeslot" in weekly[0].title.lower()
