"""A body's or an official's act announced for a day, told by a verb that is also a noun in names
("table", "sign", "ratify", "inaugurate", "commission"), is a milestone named by the act and its
object ("Tabling of the revised Budget"), like verb_nominals' "will publish" (class D of
round 33: press releases with a full date and no event noun). The word is read as the act only
right after "will", "shall" or "to": "Table Tennis Tournament", "Sign Language workshop" and
"Planning Commission meeting" keep their names. ("present" stays person_acts' alone: an
institution's "will present its proposal" is no entry, test_events_announced_acts.)"""
# Provenance: session 25, fn25 (round 33 page 08; dev_fn25 pages 01-05).

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _titles(text: str, published: date) -> dict[str, str]:
    return {str(e.start)[:10]: e.title for e in tagged_events(text, published=published)}


def test_an_official_tabling_a_budget_in_the_house_gives_a_milestone() -> None:
    text = ("Budget statement date set\n\nThe Speaker told the House that the Treasurer, Ms Ana Ruiz, "
            "will table the amended Budget in Parliament on 14 October 2026.\n")
    assert _titles(text, date(2026, 9, 30)) == {"2026-10-14": "Tabling of the amended Budget"}


def test_two_states_set_to_sign_an_accord_give_a_signing() -> None:
    text = "Accord\n\nThe two provinces are set to sign the water-sharing accord on 3 November 2026.\n"
    assert _titles(text, date(2026, 9, 30)) == {"2026-11-03": "Signing of the water-sharing accord"}


def test_a_council_to_ratify_a_plan_gives_a_ratification() -> None:
    text = "Plan\n\nThe regional council will ratify the transport plan on 9 December 2026.\n"
    assert _titles(text, date(2026, 9, 30)) == {"2026-12-09": "Ratification of the transport plan"}


def test_names_holding_the_words_keep_their_names() -> None:
    text = ("Diary\n\nThe Table Tennis Tournament will be held on 5 November 2026. A Sign Language "
            "workshop will be held on 6 November 2026. The Planning Commission meeting will be held "
            "on 7 November 2026.\n")
    titles = _titles(text, date(2026, 9, 30))
    assert titles["2026-11-05"] == "Table Tennis Tournament"
    assert titles["2026-11-06"] == "Sign Language workshop"
    assert titles["2026-11-07"] == "Planning Commission meeting"


def test_an_act_a_past_plan_had_set_for_a_day_gives_no_entry() -> None:
    text = ("Budget statement moved\n\nThe Treasurer was scheduled to table the statement on 21 October 2026. "
            "She asked for 28 October 2026 instead.\n")
    assert "2026-10-21" not in _titles(text, date(2026, 10, 14))


def test_an_event_verb_used_as_a_noun_after_a_modifier_stays_in_the_object() -> None:
    # Provenance: session 26, review 25 N2 ("book" is an event verb, so the object stopped before it).
    text = "Library news\n\nThe novelist will sign copies of his new book at the library on 9 January 2027.\n"
    assert _titles(text, date(2026, 12, 1)) == {"2027-01-09": "Signing of copies of his new book"}
