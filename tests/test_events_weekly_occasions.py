"""An occasion the page calls weekly on a weekday ("this year's weekly Sunday fair") repeats weekly
from the day another sentence dates it (weekly_occasions.py); a weekday alone ("the Sunday fair")
leaves it one day."""

from __future__ import annotations

from events_helpers import page_events

_STORY = ("ELMSTEAD — The Elmstead Craft Fair will open its summer season from 10 a.m. to 3 p.m. Sunday "
          "in the old station yard, beside the canal.\n\n"
          "Roadworks on Canal Street kept the fair from its usual square this year.\n\n"
          "This season's weekly Sunday fair will host more than 40 stalls selling pottery, prints, "
          "woodwork and more.\n")


def test_a_fair_the_page_calls_weekly_on_its_weekday_is_a_weekly_series():
    fairs = [e for e in page_events(_STORY, "2026-05-04") if "fair" in e.title.lower()]
    assert [(e.start.isoformat()[:10], e.rrule) for e in fairs] == [("2026-05-10", "FREQ=WEEKLY;BYDAY=SU")]


def test_a_weekday_alone_leaves_one_day():
    text = _STORY.replace("weekly Sunday fair", "Sunday fair")
    fairs = [e for e in page_events(text, "2026-05-04") if "fair" in e.title.lower()]
    assert fairs and all(e.rrule is None for e in fairs)
