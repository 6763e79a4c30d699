""""Later this week" dates what it names on a day after the one the page is written on ("later
today" would name that day): its window opens the next day. Wider windows ("later this month",
"later this year") still open on the page's day."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def _windows(text: str, published: str) -> list[tuple[date, date] | None]:
    return [e.window for e in page_events(text, published)]


def test_later_this_week_opens_the_next_day():
    page = "# Innovation summit\n\nThe institute's annual innovation summit will open later this week in Pune.\n"
    assert _windows(page, "2026-11-18") == [(date(2026, 11, 19), date(2026, 11, 22))]


def test_on_the_weeks_last_day_the_window_is_that_day():
    page = "# Innovation summit\n\nThe institute's annual innovation summit will open later this week in Pune.\n"
    assert _windows(page, "2026-11-22") == [(date(2026, 11, 22), date(2026, 11, 22))]


def test_later_this_month_still_opens_on_the_pages_day():
    page = "# Budget meeting\n\nThe finance committee will hold a budget meeting later this month.\n"
    assert _windows(page, "2026-11-18") == [(date(2026, 11, 18), date(2026, 11, 30))]
