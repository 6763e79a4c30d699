"""A weekday written twice before its day ("Child support: Friday, Friday, 6 June") is one day:
the first copy read alone named the page's own week (doubled_weekdays)."""

from __future__ import annotations

from events_helpers import page_events

_PAGE = ("Benefit payment dates for June\n\n"
         "Pension payments: Thursday, 5 June\n\n"
         "Child support: Friday, Friday, 6 June\n\n"
         "Other benefits: Monday, 9 June\n")


def test_a_doubled_weekday_is_no_day_of_its_own():
    days = sorted(e.start.isoformat()[:10] for e in page_events(_PAGE, "2025-05-28"))
    assert days == ["2025-06-05", "2025-06-06", "2025-06-09"]
