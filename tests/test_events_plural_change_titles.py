"""A change milestone_verbs names ("rises", "will increase") took its singular title after a plural
subject: "Bus fares rises to $1.75". milestone_plural_titles.en.tsv gives each change title its
plural, which a plural subject takes (one case per row); a singular subject keeps the singular."""

from __future__ import annotations

import pytest

from events_helpers import page_entries


def _titles(text: str) -> list[str]:
    return [title for title, _, _ in page_entries(text, "2027-03-01")]


@pytest.mark.parametrize("text, title", [
    ("On July 1, Northside Transit fares will rise to $1.75 on all routes.",
     "Northside Transit fares rise to $1.75"),
    ("Ticket prices will increase to $20 on July 1, 2027.", "Ticket prices increase to $20"),
    ("Water rates will go up on July 1, 2027.", "Water rates go up"),
    ("Bus fares will fall to $1 on July 1, 2027.", "Bus fares fall to $1"),
    ("Parking charges will decrease on July 1, 2027.", "Parking charges decrease"),
    ("The new payment portals will go live on July 1, 2027.", "New payment portals go live"),
])
def test_a_plural_subject_takes_the_plural_verb(text, title):
    assert _titles(text) == [title]


def test_a_singular_subject_keeps_the_singular_verb():
    text = "On July 1, the parking fee will rise to $1.75 an hour in the centre."
    assert _titles(text) == ["Parking fee rises to $1.75"]
