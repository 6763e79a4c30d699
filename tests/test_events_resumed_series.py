"""A regular schedule the page says will resume on a day ("Regular service will resume the week
after on Monday, 14 September") starts the series it sets out below from that day, not from the
page's date (a change notice's reminder of the usual days)."""

from __future__ import annotations

from events_helpers import page_events


def test_a_series_below_a_resumption_starts_on_the_resumption_day():
    page = ("# Bus timetable change\n\n"
            "The Route 9 bus run for Monday, 7 September 2026 has been moved to Tuesday, 8 September 2026. "
            "Regular service will resume the week after on Monday, 14 September 2026.\n"
            "Please be reminded that regular Route 9 bus runs are scheduled for every Monday and Thursday.\n")
    series = [str(e.start) for e in page_events(page, "2026-09-01") if e.rrule]
    assert series == ["2026-09-14"]


def test_a_series_with_no_resumption_starts_from_the_page_day():
    page = ("# Buses\n\n"
            "The night bus service is scheduled for every Friday and Saturday.\n")
    assert [str(e.start) for e in page_events(page, "2026-09-01") if e.rrule] == ["2026-09-04"]
