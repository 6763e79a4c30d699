"""A bare weekday pointing to the coming one, that is the weekday of the first dated day a page
tells ahead, puts the page in the week before that day (class U)."""

from __future__ import annotations

from datetime import date

from document_date_helpers import reference_day as _reference


def test_a_coming_weekday_that_is_the_first_dated_day_puts_the_page_in_the_week_before():
    text = ("Notes for the choir\n"
            "Please be at the hall on Saturday afternoon at 3pm for the last rehearsal.\n"
            "Watch the concert stream here: Winter Concert (14/12/2030)\n"
            "The book sale will follow on 21/12/2030.\n")
    value = _reference(text)
    assert date(2030, 12, 8) <= value < date(2030, 12, 14)


def test_a_different_weekday_leaves_the_announcement_lead():
    text = ("Notes for the choir\n"
            "Please be at the hall on Tuesday afternoon at 3pm for the last rehearsal.\n"
            "Watch the concert stream here: Winter Concert (14/12/2030)\n")
    value = _reference(text)
    assert value < date(2030, 12, 7)
