"""Session 23, class C/J (round 29): an undated page's date and the year of its year-less days.

A day the text cites from long ago (an order "dated" a decade back) is history, not the news the
page reports: the page stands near what it announces. A year told as the next of a cycle ("the next
budget round in 2028-29") is not the page's own year. A year-less range a listing shows running
over the page's date is the current one. A year told with a present perfect progressive ("throughout 2025
we have been rethinking") is the page's own year. Sentences are our own wording."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = date(2026, 12, 1)


def _result(text: str):
    return process_document(Document("a.txt", text), Options(today=TODAY))


def _starts(text: str) -> set[date]:
    return {(e.start.date() if hasattr(e.start, "date") else e.start) for e in _result(text).events}


CITED = ("From July 9, the regional offices will hold briefings on the results of their work for the first half "
         "of 2025. The briefings follow the rules set by the ministry's instruction dated April 2, 2013.")


def test_a_day_cited_from_long_ago_does_not_date_the_announcement():
    result = _result(CITED)
    assert result.reference.value.year == 2025
    assert _starts(CITED) == {date(2025, 7, 9)}      # and no entry for the half-year the briefings report on


def test_a_recent_past_day_still_dates_the_page_from_the_earliest_day():
    text = ("The committee met on February 2, 2025 and agreed the budget. It will meet again on May 14, 2025 "
            "to hear the auditors.")
    result = _result(text)
    assert result.reference.value == date(2025, 2, 3)


def test_a_cited_day_before_a_year_told_ahead_still_decides():
    # a bare year ahead is too loose to count back from: the cited day stays the earliest bound
    text = "The works began under the contract signed on 4 June 2019 and will be finished in 2031."
    result = _result(text)
    assert result.reference.value.year < 2031


NEXT_ROUND = ("The finance committee has sorted the ideas sent in by residents. Its picks will go to the council "
              "meeting on 12 March for a vote. The council will ask residents again while it prepares the next "
              "budget round in 2028-29.")


def test_a_year_told_as_the_next_round_is_not_the_page_s_year():
    result = _result(NEXT_ROUND)
    assert result.reference.value == date(2027, 1, 1)
    assert date(2027, 3, 12) in _starts(NEXT_ROUND)


RUNNING = ("Chess club\nEvery Saturday at the community hall\nOctober 3rd to December 12th\n\n"
           "Winter quiz night on Friday, December 18, 2026 at 7pm. Register by December 11, 2026.")


def test_a_listing_s_range_running_over_the_page_date_is_the_current_one():
    from calfeed.pipeline import Options as _O
    result = process_document(Document("a.txt", RUNNING), _O(today=TODAY))
    assert result.reference.value.year == 2026
    assert all(t.interval is None or t.interval.start.year == 2026
               for t in result.timexes if "October 3rd" in t.text)


STILL_GOING = ("Throughout 2025 our trustees have been rethinking how the charity works with its members. "
               "Please answer the short survey. Closing date: 30 September.")


def test_a_year_still_going_on_is_the_page_s_year():
    result = _result(STILL_GOING)
    assert result.reference.value.year == 2025
    assert date(2025, 9, 30) in _starts(STILL_GOING)


def test_a_year_counted_from_is_not_the_page_s_year():
    # "since 2019 ... have been running": the years since, not 2019 itself
    text = "Since 2019 we have been running the repair cafe. Volunteer sign-up closes on 30 September."
    assert _result(text).reference.value.year != 2019


def test_a_year_told_in_the_simple_past_is_not_held_as_current():
    text = "In 2025 the trustees reviewed the charity's aims. Please answer the short survey by 30 September."
    assert "still going on" not in _result(text).reference.reason


def test_a_decision_told_long_before_the_opening_still_dates_the_page():
    # review 23 M3: a day the text narrates ("approved on ..."), not one it cites ("dated ..."), is the
    # news itself, however far ahead the plan's completion lies; the weekday meeting is that news' week.
    text = ("The parish council endorsed the new sports pavilion on 9 February 2026. A drop-in session on the "
            "designs will take place on Thursday at the community centre. The pavilion is due to open on "
            "15 May 2028.")
    result = _result(text)
    assert result.reference.value < date(2026, 3, 1)
    assert date(2026, 2, 12) in _starts(text)


def test_a_year_told_for_the_next_occasion_is_that_occasion_s_year():
    # review 23 S1: "the next fair in 2027" is an occasion told ahead, no cycle of plans: its
    # year-less days are that year's, not the year's before it
    text = ("Stall bookings are open for the next craft fair in 2027. Booking forms will be sent out from "
            "1 March and must be back by 30 June.")
    assert _starts(text) == {date(2027, 3, 1), date(2027, 6, 30)}
