"""An outcome a page awaits by a day (round 26 page 07's class): "with results expected by
July 15", "a ruling is expected by 30 October", "a final decision is expected by summer 2027".
The outcome noun before the participle names a milestone, whether or not it is the clause's
subject; nobody has a deadline then."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_an_absolute_with_clause_names_the_awaited_results():
    text = ("The exam board published its timetable on Monday. Written papers will begin on "
            "March 3, 2027, with results expected by August 12.")
    events = tagged_events(text, published=date(2026, 11, 2))
    got = {(e.title, e.kind, e.start) for e in events}
    assert ("Results", "milestone", date(2027, 8, 12)) in got
    assert not any(e.kind == "deadline" for e in events)


def test_a_decision_expected_by_a_season_is_an_approximate_milestone():
    text = "The hearing will open on 9 February 2027. A final decision is expected by autumn 2027."
    events = tagged_events(text, published=date(2026, 11, 2))
    decision = [e for e in events if e.title == "Final decision"]
    assert len(decision) == 1 and decision[0].kind == "milestone" and decision[0].precision == "approximate"


def test_an_outcome_once_expected_and_then_delayed_is_no_awaited_milestone():
    text = ("The release of the marks, originally expected by 14 May 2027, has been put back. "
            "The board will meet on 2 June 2027.")
    events = tagged_events(text, published=date(2027, 5, 10))
    assert not any(e.kind == "milestone" and e.start == date(2027, 5, 14) for e in events)


def test_a_reader_handing_in_results_by_a_day_keeps_the_deadline():
    text = "Clubs must send their match results by 20 January 2027."
    events = tagged_events(text, published=date(2026, 12, 2))
    assert [e.kind for e in events] == ["deadline"]
