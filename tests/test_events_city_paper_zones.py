"""A city's paper named after it places a page nothing else places (body_place_forms: "Journal",
"Review-Journal" after the place): a festival's day schedule under a photo credit to the
"Tucson Journal" is timed in America/Phoenix. "Street" is no place (places.en.tsv), so the
"Wall Street Journal" places nothing. Before, such a schedule floated (R68 08, class 5).
Texts are our own, of the same shape."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2031-10-04"     # a Saturday

SCHEDULE = ("Kite festival day two\n\nFlyers wait for the wind at last year's festival. "
            "(Photo: Ana Ruiz/{paper})\n\nHere is the plan for the day.\n\n"
            "SATURDAY, OCT. 4\n\n7 a.m.: Dawn flight\n\n9 a.m.: Giant kite parade\n")


def _zones(paper: str) -> set[str | None]:
    return {e.tz for e in page_events(SCHEDULE.format(paper=paper), PUBLISHED) if isinstance(e.start, datetime)}


def test_a_city_journal_places_the_schedule() -> None:
    assert _zones("Tucson Journal") == {"America/Phoenix"}


def test_a_city_review_journal_places_the_schedule() -> None:
    assert _zones("Las Vegas Review-Journal") == {"America/Los_Angeles"}


def test_a_paper_named_after_a_street_places_nothing() -> None:
    assert _zones("Wall Street Journal") == {None}


def test_a_journal_named_after_no_place_places_nothing() -> None:
    assert _zones("Morning Journal") == {None}
