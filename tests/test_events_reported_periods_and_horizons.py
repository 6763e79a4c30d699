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


PLAN = ("Village Plan Review 2021 - 2041\n\nOur Village Plan sets out the policies and actions for us to meet "
        "the housing and transport needs of the parish {} 2035.\n\nThe survey runs until 5pm, Friday 12 March.")


def test_a_plan_horizon_after_up_to_is_no_meeting():
    assert [_day(e.start) for e in _events(PLAN.format("up to"))] == [date(2027, 3, 12)]


def test_a_plan_horizon_towards_or_beyond_a_year_is_no_meeting():
    for lead in ("towards", "beyond"):
        assert [_day(e.start) for e in _events(PLAN.format(lead))] == [date(2027, 3, 12)], lead


def test_an_occasion_that_runs_through_a_year_keeps_its_year():
    # review 23 M2: "through"/"until" end a run, they name no plan's target
    events = _events("The craft workshops run through 2027 at the parish rooms.")
    assert len(events) == 1 and _day(events[0].start) == date(2027, 1, 1) and _day(events[0].end) == date(2027, 12, 31)


def test_the_period_results_are_reported_for_is_no_conference():
    text = "The agencies will hold press briefings on the results of their work for the first half of 2027."
    assert _events(text) == []


def test_a_quarter_the_figures_are_published_for_is_no_entry():
    assert _events("The office will publish its export figures for the third quarter of 2027.") == []


def test_a_half_year_that_is_the_occasion_s_own_time_stays():
    text = "Road works on the bypass will take place in the first half of 2027."
    events = _events(text)
    assert len(events) == 1 and _day(events[0].start).year == 2027 and events[0].end is not None
