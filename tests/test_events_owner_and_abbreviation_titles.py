"""Titles whose subject came from the wrong place (R67 title bugs, session 55):

- "X reaches its closest approach ...": the owner of "its" is the clause's own subject; when the
  subject reader cannot close it, no owner is added (a heading may still name a kind-only title);
  the subject of the sentence before stands in only when the clause opens with a pronoun ("It
  makes its ..."), and a pronoun subject there ("You can ...", "There is ...") is nobody's name
  (naming._fuller_title, naming.previous_owner);
- "The service at St. Mary's Church will start ...": the dot of an abbreviation glued to its word
  ends no clause, so the subject is the service, not the church (stated_schedules._clause_start,
  stated_schedules._placed, phrases.abbreviation_dot).

Texts are our own, of the shapes met on R67 (page 10) and in probes."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

ISSUED = date(2030, 10, 7)    # a Monday


def _titles(text: str) -> list[str]:
    return [e.title for e in tagged_events(text, published=ISSUED)]


def test_a_pronoun_sentence_before_gives_no_owner() -> None:
    text = ("Sky notes\n\nYou can still catch the bright visitor that has excited stargazers.\n"
            "Comet Lyra reaches its closest approach to the Earth Wednesday , passing far off.\n")
    assert _titles(text) == ["Closest approach to the Earth"]


def test_the_owner_named_in_the_sentence_before_does_not_replace_the_clause_s_own() -> None:
    text = ("Sky notes\n\nThe Lakeside Observatory opens its dome to visitors this month.\n"
            "Comet Lyra reaches its closest approach to the Earth Wednesday.\n")
    assert "Closest approach to the Earth" in _titles(text)
    assert not any("Observatory" in t for t in _titles(text))


def test_a_lower_case_subject_of_its_own_gives_the_bare_phrase() -> None:
    text = ("Sky notes\n\nThe Lakeside Observatory opens its dome to visitors this month.\n"
            "The comet reaches its closest approach to the Earth Wednesday.\n")
    assert "Closest approach to the Earth" in _titles(text)
    assert not any("Observatory" in t for t in _titles(text))


def test_an_opening_it_still_takes_the_owner_of_the_sentence_before() -> None:
    text = "Sky notes\n\nComet Lyra is fading fast. It reaches its closest approach to the Earth Wednesday.\n"
    assert _titles(text) == ["Closest approach to the Earth of Comet Lyra"]


def test_the_dot_of_st_does_not_cut_the_subject() -> None:
    text = "Parish news\n\nThe service at St. Mary's Church will start at 7 p.m. on Friday.\n"
    assert _titles(text) == ["Service starts"]


def test_a_sentence_ending_in_st_still_ends_there() -> None:
    text = ("Parish news\n\nThe old hall stands on Mill St. The new hall at St. Anne's School will open on Friday.\n")
    titles = _titles(text)
    assert titles and not any(t.startswith(("Anne", "Mill")) for t in titles)


def test_the_owner_before_stands_when_the_clause_opens_with_it_again() -> None:
    text = ("Support notes\n\nOrbit OS 7 End of Support: Upgrade Paths\n\n"
            "Orbit OS 7 hits its formal end of support on 14 April 2031, when patches stop.\n")
    assert _titles(text) == ["Formal end of support of Orbit OS 7"]
