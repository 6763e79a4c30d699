"""A page filed under a month in its address ("/2014/03/") that tells a day of that month ahead
without its year ("will hold a first discussion at its meeting on 20-21 March") was written before
that day: the month's day nearest to what the text tells stops short of it, so the day stays in the
address's year (red team 46: a later year told ahead, "early in 2015", put the page at the month's
end and the meeting a year on)."""

from __future__ import annotations

from datetime import date

from document_date_helpers import inferred_reference
from events_helpers import tagged_events
from calfeed.model import Document


def test_a_day_of_the_filing_month_told_ahead_bounds_the_page_before_it():
    text = ("The board will discuss the plan at its meeting on 23-24 May.\n"
            "A final decision on the plan will follow early in 2020.\n")
    found = inferred_reference(text, url="https://example.org/2019/05/board-plan-review.html")
    assert found.value is not None and date(2019, 5, 1) <= found.value < date(2019, 5, 23)


def test_a_single_day_told_ahead_with_a_later_year_told_too():
    text = ("The harvest fair will take place on 16 October in the market square.\n"
            "Plans for a larger fair will be set out in 2022.\n")
    found = inferred_reference(text, url="https://example.org/blog/2021/10/harvest-fair/")
    assert found.value is not None and date(2021, 10, 1) <= found.value < date(2021, 10, 16)


def test_the_meeting_then_falls_in_the_address_s_year():
    text = ("The council will hold a first debate at its meeting on 20-21 June.\n"
            "The department will bring forward proposals early in 2027.\n")
    doc_events = tagged_events(text, url="https://news.example.org/2026/06/council-debate.html")
    assert date(2026, 6, 20) in [e.start for e in doc_events]


def test_a_day_told_in_the_past_does_not_bound_the_page_before_it():
    text = ("The harvest fair took place on 16 October in the market square.\n"
            "Plans for a larger fair will be set out in 2022.\n")
    found = inferred_reference(text, url="https://example.org/blog/2021/10/harvest-fair/")
    assert found.value is not None and found.value >= date(2021, 10, 16)
