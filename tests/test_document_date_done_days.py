"""A day planned in its own clause and then said to be over ("the warm-up scheduled for Wednesday 14th
March has already been held"): the page was written after it, so it is not dated weeks before it as an
announcement of its days would be, and a bare weekday told ahead ("will on Monday start") is the one
after the page's date, not the one nearest the day already over (R75 class 1, an exam notice)."""
# Provenance: session 62, R75 class 1 (a rehearsal told as done; the page dated eight weeks earlier).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2035, 12, 1)
PAGE = ("Trials Week Ahead For County Swimmers\n\n"
        "Preparations for the county swimming trials 2029 are well under way ahead of their start soon.\n\n"
        "The warm-up session {told} Wednesday 14th March {done}.\n\n"
        "Swimmers will on Monday start with the relay heats and the diving rounds.\n\n"
        "Juniors will have their own trials on Friday 23rd March 2029.\n")


def _result(told: str, done: str):
    text = PAGE.format(told=told, done=done)
    return process_document(Document("page.md", text), Options(today=BUILD_DAY))


def _monday(result) -> date:
    return next(t.interval.start.date() for t in result.timexes if t.text == "Monday")


def test_a_planned_day_said_to_be_done_dates_the_page_after_it():
    result = _result("that was scheduled for", "has already been held")
    assert result.reference.value == date(2029, 3, 15)
    assert "has already been held" in result.reference.reason
    assert _monday(result) == date(2029, 3, 19)


def test_a_past_plan_said_to_be_done_dates_the_page_after_it_too():
    result = _result("that was planned for", "had already taken place")
    assert result.reference.value == date(2029, 3, 15)
    assert _monday(result) == date(2029, 3, 19)


def test_a_planned_day_not_said_to_be_done_is_announced():
    result = _result("is scheduled for", "in the club pool")
    assert result.reference.value < date(2029, 3, 14)


def test_a_day_put_off_is_not_done():
    result = _result("that was scheduled for", "has been moved")
    assert result.reference.value < date(2029, 3, 14)
