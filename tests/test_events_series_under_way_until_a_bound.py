"""A series told as under way and bounded by a named day ("meets every second Wednesday at 8pm from 6
January until the paper deadline", read in February): the phrase after "until" ends the series and
never names it, and a year-less start a few weeks before the page is this year's, not next year's
(red team 46: the series was titled "Paper deadline", kind deadline, and started in January of the
year after)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2027, 2, 11)


def _series(sentence: str):
    found = [e for e in tagged_events(sentence, published=PUBLISHED) if e.rrule]
    assert len(found) == 1, found
    return found[0]


def test_a_bound_after_until_does_not_name_the_series():
    event = _series("Our reading group for new authors meets online every second Wednesday at 8pm from "
                    "6 January until the paper deadline.")
    assert event.kind != "deadline" and "deadline" not in event.title.lower()
    assert "reading group" in event.title.lower()


def test_a_closing_date_after_till_does_not_name_the_series():
    event = _series("The support group meets every second Monday at 7pm till the closing date.")
    assert event.kind != "deadline" and "closing date" not in event.title.lower()


def test_a_year_less_start_weeks_before_the_page_is_this_year_s():
    event = _series("The chess club meets every Friday at 7pm from 8 January until the league final.")
    assert event.start == datetime(2027, 1, 8, 19, 0)


def test_a_year_less_start_months_ahead_stays_ahead():
    event = _series("The choir meets every Monday at 7pm from 6 September.")
    assert event.start == datetime(2027, 9, 6, 19, 0)


def test_a_year_less_start_long_before_the_page_is_next_year_s():
    # 6 November was three months and more before the page: the series told is the next one
    event = _series("The chess club meets every Friday at 7pm from 6 November.")
    assert event.start.date() > PUBLISHED
