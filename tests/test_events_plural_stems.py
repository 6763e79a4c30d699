"""The two plural readers of words.py, whose endings are tables (plural_endings,
compared_plural_endings): a lookup tries every ending a word has, a comparison drops one
plural letter unless the word is short or ends as a singular does."""
# Provenance: session 45's review (the plural endings moved out of five modules' code).

from __future__ import annotations

from calfeed.events.words import compared_stem, plural_stems


def test_a_lookup_tries_the_longest_ending_first():
    assert plural_stems("boxes") == ["box", "boxe"]
    assert plural_stems("lanterns") == ["lantern"]
    assert plural_stems("harbour") == []


def test_a_comparison_drops_one_plural_letter():
    assert compared_stem("rehearsals") == "rehearsal"
    assert compared_stem("quizzes") == "quizze"      # both sides are read alike: one letter is enough


def test_a_short_word_and_a_singular_ending_keep_their_letter():
    assert compared_stem("gas") == "gas"
    assert compared_stem("compass") == "compass"
