"""Weekdays beside ambiguous slashed days fit one order only when the days fall together on one
calendar (round 42 class 3): "Saturday 1/4" and "Sunday 1/5" are 4 and 5 January in 2025 (a
Saturday and a Sunday), while day first they are 1 April and 1 May, which no single year (nor a
list running on into the next year) makes a Saturday and a Sunday: 1 April 2023 and 1 May 2022
fit only apart, and backwards."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex.numeric_order import day_first_in

SCHEDULE = ("Because of the ice storm the parish has changed this weekend's times.\n"
            "Saturday 1/4\n4 PM Vigil Mass\n"
            "Sunday 1/5\n9 AM Mass\n11 AM Mass\n")


def test_a_weekend_s_two_days_read_month_first():
    assert day_first_in(SCHEDULE, default=True, today=date(2026, 12, 2)) is False


def test_the_same_weekend_written_day_first_reads_day_first():
    text = SCHEDULE.replace("1/4", "4/1").replace("1/5", "5/1")
    assert day_first_in(text, default=False, today=date(2026, 12, 2)) is True


def test_a_list_that_runs_into_the_next_year_still_fits_one_calendar():
    text = "Choir: Tuesday 12/30. Choir: Friday 1/2. Choir: Tuesday 1/6."    # 2025 into 2026
    assert day_first_in(text, default=True, today=date(2026, 12, 2)) is False


def test_the_weekend_schedule_lands_in_january():
    doc = Document("schedule.txt", SCHEDULE)
    events = process_document(doc, Options(day_first=True, today=date(2026, 12, 2))).events
    months = {e.start.month for e in events}
    assert months == {1}, [(e.title, e.start) for e in events]
