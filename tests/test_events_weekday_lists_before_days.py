"""A list of weekdays written right before the days it names ("set for Saturday and Sunday, March 9 and
10, 2019") names those days once: the page gets the days' entries and none on the weekdays of the
page's own week, which the weekdays read alone gave. Weekdays that do not fit the days stay apart."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def _days(text: str, published: str) -> list[date]:
    return sorted(e.start if isinstance(e.start, date) else e.start.date() for e in page_events(text, published))


def test_two_weekdays_before_a_pair_of_days_are_those_days():
    text = "The winter show will be held Saturday and Sunday, March 9-10, at the fairground in Dayton."
    assert _days(text, "2019-01-20") == [date(2019, 3, 9)]


def test_three_weekdays_before_three_listed_days_are_those_days():
    text = ("The harvest fair returns Friday, Saturday and Sunday, May 12, 13 and 14, 2023, at the county "
            "grounds in Ames.")
    # session 67: three days of one month that follow each other are one run, as a written pair is one span
    events = page_events(text, "2023-02-07")
    assert [(e.start, e.end) for e in events] == [(date(2023, 5, 12), date(2023, 5, 14))]


def test_a_written_pair_keeps_its_span():
    text = "The quilt show will be held Thursday and Friday, March 9 and 10, 2023, at the hall in Ames."
    events = page_events(text, "2023-02-07")
    assert [(e.start, e.end) for e in events] == [(date(2023, 3, 9), date(2023, 3, 10))]
