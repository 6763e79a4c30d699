"""A title's loose ends are cut: a heading's trailing preposition ("... start on:") and a count
in front of its noun ("49 sitting days" -> "Sitting"); a number before a name stays."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events.title_edges import tidied
from events_helpers import tagged_events


@pytest.mark.parametrize("title, tidy", [
    ("Evening classes begin on", "Evening classes begin"),
    ("No refunds given after", "No refunds given"),
    ("Library closed from:", "Library closed"),
    ("12 sitting", "Sitting"),
    ("4 places left", "Places left"),
    ("24 Hour Relay", "24 Hour Relay"),
    ("101 Dalmatians matinee", "101 Dalmatians matinee"),
    ("7 pm", "7 pm"),
    ("12 noon", "12 noon"),
    ("Hand in", "Hand in"),
    ("On", "On"),
    ("Christmas Lights Switch On", "Christmas Lights Switch On"),
    ("Relay heats for Cohort A", "Relay heats for Cohort A"),
    ("• Budget statement", "Budget statement"),
    ("Adjournment debate, (subject to be announced)", "Adjournment debate"),
    ("Summer fair (TBC)", "Summer fair"),
    ("Sports day (Years 3 & 4)", "Sports day (Years 3 & 4)"),
])
def test_loose_ends(title, tidy):
    assert tidied(title) == tidy


def test_a_heading_that_runs_into_its_days_titles_them_without_its_preposition():
    text = ("Evening pottery classes start on:\n"
            "Tuesday, 12 January 2027\n"
            "Wednesday, 13 January 2027\n")
    titles = {e.title for e in tagged_events(text, published=date(2026, 12, 1))}
    assert titles and not any(t.endswith(" on") for t in titles)


def test_a_number_that_opens_a_name_stays() -> None:
    # review 19 M6: a count is cut only before a plural or a gerund ("49 sitting", "3 nominations")
    for name in ("10 pin bowling night", "100 club draw", "2 for 1 pizza night"):
        assert tidied(name) == name


def test_the_trailing_note_search_is_linear() -> None:
    # review 19 M7: a long run of ", " before no bracket took seconds
    import time
    started = time.process_time()
    tidied(", " * 50000 + "x")
    assert time.process_time() - started < 1.0
