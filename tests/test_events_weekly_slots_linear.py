"""Slots listed under a statement that they run weekly become weekly series (weekly_lines.weekly_slots).
For each weekly statement the reader went through every date of the page twice over: once to see
whether the statement's own line holds a date, and once for each of the (up to eight) lines below it to
gather that line's dates. A page listing many clubs, each with its own "meets weekly" line and a line of
slots, was read once per club in full: square in the page. A line's dates are now looked up by the
line's start, gathered once per page when a weekly statement is met. The guard counts the dates the
reader steps through; the series it makes are the same."""

from __future__ import annotations

from datetime import date

from calfeed.events import weekly_lines
from calfeed.timex import tag
from call_counts import SteppedList

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _club_page(clubs: int) -> str:
    """A village hall's club list: each club's name, that it meets weekly, and its slots."""
    return "".join(f"Hall club number {k}\n\nThe group meets weekly in the main room.\n"
                   f"{WEEKDAYS[k % 7]} 7pm and 8:30pm\n\n" for k in range(clubs))


def _stepped_per_date(clubs: int) -> tuple[float, int]:
    text = _club_page(clubs)
    ordered = sorted(tag(text, date(2027, 5, 3)), key=lambda t: (t.start, t.end))
    counted = SteppedList(ordered)
    series, names = weekly_lines.weekly_slots(text, counted, date(2027, 5, 3))
    made = sum(1 for t in series if t.rrule and "+weekly_line" in t.rule)
    return counted.stepped / len(ordered), made


def test_the_weekly_reader_steps_through_the_page_s_dates_once_not_once_per_statement():
    """On the parent: 125 -> 485 dates stepped through per date of the page for 4x the clubs."""
    small, made_small = _stepped_per_date(40)
    large, made_large = _stepped_per_date(160)
    assert made_small == 80 and made_large == 320
    assert large < 1.5 * small, f"{small:.0f} -> {large:.0f} dates stepped through per date for 4x the page"


def test_a_statement_s_slots_below_it_are_weekly_series():
    text = "Chess club\n\nThe club meets weekly in the library.\nMonday 7pm and Thursday 6:30pm\n"
    ordered = sorted(tag(text, date(2027, 5, 3)), key=lambda t: (t.start, t.end))
    series, names = weekly_lines.weekly_slots(text, ordered, date(2027, 5, 3))
    made = sorted((t.text, t.rrule) for t in series if t.rrule and "+weekly_line" in t.rule)
    assert made == [("Monday 7pm", "FREQ=WEEKLY;BYDAY=MO"), ("Thursday 6:30pm", "FREQ=WEEKLY;BYDAY=TH")]
    assert {n.title for n in names.values()} == {"Chess club"}
