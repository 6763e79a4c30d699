"""A weekly series bounded by a month ("every Wednesday, Friday and Saturday for the whole month
of June") runs from the month's first such day to its last day, not from the page's date for ever;
a series a clause starts ("will begin on 3 March and take place every Friday ... for three
weeks") counts its occurrences from that day, not from the page's."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events


def _series(text: str, published: str) -> list[tuple[object, str | None]]:
    return [(e.start, e.rrule) for e in page_events(text, published) if e.rrule]


def test_a_list_of_weekdays_for_the_whole_month():
    page = ("# Library book sale\n\n"
            "The book sale is held every Wednesday, Friday and Saturday for the whole month of June.\n")
    assert _series(page, "2026-05-20") == [(date(2026, 6, 3), "FREQ=WEEKLY;BYDAY=WE,FR,SA;UNTIL=20260630")]


def test_the_entire_month_with_hours():
    page = ("# Open-air cinema\n\n"
            "Screenings are held every Thursday and Saturday for the entire month of August from 8pm to 10pm "
            "in the park.\n")
    assert _series(page, "2027-07-01") == [(datetime(2027, 8, 5, 20, 0), "FREQ=WEEKLY;BYDAY=TH,SA;UNTIL=20270831T235959")]


def test_three_weekdays_in_a_month():
    page = ("# Swimming lessons\n\n"
            "Children's swimming lessons are held every Monday, Wednesday and Friday in October at the leisure "
            "centre.\n")
    assert _series(page, "2026-09-01") == [(date(2026, 10, 2), "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYMONTH=10;UNTIL=20261031")]


def test_a_series_begun_on_a_day_counts_from_it():
    for verb in ("begin", "commence"):
        page = ("# Beginners' chess club\n\n"
                f"The beginners' chess club will {verb} on 3 March and take place every Friday at 4pm for three "
                "weeks in the village hall.\n")
        assert _series(page, "2026-02-02") == [(datetime(2026, 3, 6, 16, 0), "FREQ=WEEKLY;BYDAY=FR;COUNT=3")], verb


def test_a_series_that_begins_on_a_weekday_day():
    page = ("# Pottery workshop\n\n"
            "The pottery workshop begins on 12 January 2027 and runs every Tuesday at 7pm until 23 February 2027.\n")
    assert _series(page, "2026-11-20") == [(datetime(2027, 1, 12, 19, 0), "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270223T235959")]


def test_a_weekday_then_dated_days_is_no_list():
    page = ("# Garden centre opening hours\n\n"
            "The café opens every Saturday, Sunday 3 May and Monday 4 May from 9am for the spring fair.\n")
    rules = [rule for _, rule in _series(page, "2026-04-01")]
    assert all("SU" not in rule for rule in rules)
