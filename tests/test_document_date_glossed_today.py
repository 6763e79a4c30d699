"""A page that glosses "today" or "yesterday" with the day it is ("opens today (Saturday, April
12)") is dated by it; a year after "since" says the page is later than that year (class U)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

from document_date_helpers import reference_day as _reference


def test_today_glossed_with_its_weekday_and_day_is_the_day_of_writing():
    text = ("The spring fair opens on the village green today (Saturday, April 12), with stalls and a brass band.\n"
            "The organisers hope for a dry weekend.\n")
    value = _reference(text)
    assert (value.month, value.day) == (4, 12) and value.isoweekday() == 6


def test_yesterday_glossed_puts_the_day_of_writing_one_day_later():
    text = ("The rowing regatta, which began on Friday, March 7, ended yesterday (Sunday, March 9) with the "
            "final races.\n")
    value = _reference(text)
    assert (value.month, value.day) == (3, 10)


def test_a_year_after_since_does_not_pick_itself_among_the_weekday_years():
    text = ("The harvest market opened on Saturday, September 14 and closes today (Sunday, September 22).\n"
            "Stallholders said the first weekend was the busiest since 2019.\n")
    value = _reference(text)
    assert value == date(2024, 9, 22)      # 2019 fits the weekdays too, but the page is later than 2019


def test_a_glossed_day_that_does_not_exist_says_nothing() -> None:
    # review 20 M1: "31 September" is no day in any year; the page keeps the date the text gives
    for text in ("The harvest fair opens on the green today (Saturday, 31 September), with a brass band.\n",
                 "The harvest fair opened on the green yesterday (31 September).\n",
                 "The harvest fair opens on the green today (31 September).\n"):
        infer_reference_date(Document(path="doc.txt", text=text), tag(text, None), today=date(2026, 12, 1))
