"""A body that will lift or remove a rule over a run of days ("We will remove the parking fee starting
from April 2 to April 7") announces an act: the run is an entry named by it ("Removal of the parking fee"),
as "will suspend" gives "Suspension of ...". Only after "will" or "shall": "you will need to remove your
car" is the reader's chore (act_nominals)."""
# Provenance: session 69, R82 class 2 (a traffic rule lifted over a holiday); texts written for the test.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _rows(text: str, published: date) -> list[tuple[str, date, date]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=published)]


def test_a_removed_rule_over_a_run_is_one_entry() -> None:
    text = "Town news\n\n\"We will remove the parking fee starting from April 2 to April 7,\" the council said.\n"
    assert _rows(text, date(2025, 3, 28)) == [("Removal of the parking fee", date(2025, 4, 2), date(2025, 4, 7))]


def test_a_lifted_rule_starting_on_the_pages_day() -> None:
    text = "Town news\n\nThe council will lift the Harlow Street parking rule starting from March 27 to April 6.\n"
    rows = _rows(text, date(2025, 3, 27))
    assert rows == [("Lifting of the Harlow Street parking rule", date(2025, 3, 27), date(2025, 4, 6))], rows


def test_the_readers_chore_is_no_act() -> None:
    text = "Town news\n\nYou will need to remove your car from Harlow Street on April 3.\n"
    assert _rows(text, date(2025, 3, 28)) == []
