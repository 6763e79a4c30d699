"""A body's next step dated by a modified part of a year ("will make new proposals early in 2028")
is a tentative entry named by the step, as "in the autumn" already gave one: the tagger's words
"early in 2028" hold the preposition. An occasion told first as what the step follows ("Following
the public hearings, ...") does not name the step (red team 46: "Following the consultation, the
Commission will make further proposals for the strategy early in 2015" was titled "Consultation")."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 3, 2)


def _entries(sentence: str) -> list[tuple[str, date]]:
    return [(e.title, e.start) for e in tagged_events(sentence, published=PUBLISHED)]


def test_a_step_early_in_a_year_ahead_is_named_by_the_step():
    assert _entries("The board will make its proposals for the new budget early in 2028.") == [
        ("Proposals for the new budget", date(2028, 1, 1))]


def test_an_occasion_the_step_follows_does_not_name_it():
    found = _entries("Following the public hearings, the ministry will make new proposals for the scheme "
                     "early in 2028.")
    assert [title for title, _ in found] == ["New proposals for the scheme"]


def test_a_step_in_a_season_ahead_after_a_fronted_occasion():
    found = _entries("Following the annual conference, the council will take a decision on the plan in the autumn.")
    assert [(title, start) for title, start in found] == [("Decision on the plan", date(2027, 9, 1))]


def test_a_light_verb_naming_no_step_gives_no_entry():
    assert _entries("The board will take a cautious view early in 2028.") == []
