"""A pronoun subject of a milestone verb stands for the rule the sentence before names
(milestone_pronouns.py): "The company has passed a ban ... It is to come into effect on D" is the
ban's entry into effect on D; the rule nouns are data (ruled_nouns.en.txt)."""
# Provenance: session 55, R68 class 1 (a pronoun subject for the ban the previous sentence named, page 01).

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import tagged_events

_PAGE_DAY = date(2031, 7, 1)


def _entries(text: str) -> set[tuple[str, str, str]]:
    return {(e.title, str(e.start)[:10], e.kind) for e in tagged_events(text, published=_PAGE_DAY)}


@pytest.mark.parametrize("noun", ["ban", "order", "rule", "regulation", "restriction", "curfew", "mandate", "law"])
def test_it_stands_for_the_rule_the_sentence_before_names(noun: str) -> None:
    text = (f"Town news\n\nThe district council has passed a new parking {noun} for the harbour streets. "
            "It is to come into effect on July 14.\n")
    assert (f"Entry into effect of new parking {noun}", "2031-07-14", "milestone") in _entries(text)


def test_each_milestone_verb_form_reads_the_same_way() -> None:
    text = ("Town news\n\nThe district council has passed a noise ban for the market square, its lawyers say. "
            "It takes effect on July 20.\n")
    assert ("Entry into effect of noise ban", "2031-07-20", "milestone") in _entries(text)


def test_the_rule_must_be_in_the_same_paragraph() -> None:
    # a blank line parts the pronoun from the ban: the pronoun may stand for anything of the new paragraph
    text = ("Town news\n\nThe district council has passed a noise ban for the market square.\n\n"
            "It is due to come into effect on July 20.\n")
    assert not any(title.startswith("Entry into") for title, _, _ in _entries(text))


def test_a_sentence_before_with_no_rule_gives_nothing() -> None:
    # 'fees' is no rule noun: 'it' does not stand for a plural, and the council is no rule
    text = ("Town news\n\nThe district council has passed new parking fees for the harbour streets. "
            "It is due to come into effect on July 20.\n")
    assert not any(title.startswith("Entry into") for title, _, _ in _entries(text))


def test_the_pronoun_s_verb_must_end_at_the_date() -> None:
    # the day is the board's vote, not the ban's entry into effect
    text = ("Town news\n\nThe district council has drafted a noise ban for the market square. "
            "It is to come into effect once the board votes on July 20.\n")
    assert not any(title.startswith("Entry into") for title, _, _ in _entries(text))
