"""Session 23, class J (round 29): spans that are no occasion. A plan's horizon after "up to",
"until" or "through" ("the challenges the district faces up to 2035") and the period a report covers
("briefings on the results of their work for the first half of 2025") gave a meeting or a conference
spanning the year or the half-year. Sentences are our own wording."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = date(2026, 12, 1)


def _events(text: str):
    return process_document(Document("a.txt", text), Options(today=TODAY)).events


def _day(value) -> date:
    return value.date() if hasattr(value, "date") else value


def test_a_plan_horizon_after_up_to_is_no_meeting():
    text = ("Our District Plan sets out the policies the council will use to meet the housing needs of the district "
            "up to 2035. The survey on the plan closes at 5pm on Friday 12 March 2027.")
    events = _events(text)
    assert [_day(e.start) for e in events] == [date(2027, 3, 12)]


def test_a_year_a_strategy_runs_through_is_no_entry():
    text = "The transport strategy runs through 2040. Comments are invited until 30 April 2027."
    assert all(_day(e.start).year == 2027 for e in _events(text))


def test_the_period_results_are_reported_for_is_no_conference():
    text = ("The ministries will hold press conferences on the results of their work for the first half of 2027, "
            "starting on 12 July 2027.")
    events = _events(text)
    assert [_day(e.start) for e in events] == [date(2027, 7, 12)]


def test_a_quarter_the_figures_are_published_over_is_no_entry():
    text = "The bureau will publish its trade figures for the third quarter of 2027 at a briefing on 20 October 2027."
    assert [_day(e.start) for e in _events(text)] == [date(2027, 10, 20)]


def test_a_half_year_that_is_the_occasion_s_own_time_stays():
    text = "Road works on the bypass will take place in the first half of 2027."
    events = _events(text)
    assert len(events) == 1 and _day(events[0].start).year == 2027 and events[0].end is not None
