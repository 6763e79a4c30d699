"""The word finder must return exactly the spans whole_words' ``finditer`` returns."""

from __future__ import annotations

import random
import re

from calfeed.timex.tense import _clause_marks, _cues, _lexicon
from calfeed.timex.lexicon import load_list
from calfeed.timex.vocabulary import grouped_branches, whole_words, word_finder

PIECES = ["will", "be", "was", "held", "said", "'ll", "\u2019s", "had", "to", "buy", "which", "that",
          "Will", "WAS", " ", "  ", "\n", ",", ".", "'", "\u2019", "-", "/", "x", "1", "_", "é", "ſ", "K"]


def _spans(words: list[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in whole_words(words).finditer(text)]


def test_cues_and_clause_marks_match_finditer_on_random_text():
    rng = random.Random(3)
    for words in (list(_lexicon("en")), list(load_list("en", "clause_marks"))):
        finder = word_finder(words)
        for _ in range(400):
            text = "".join(rng.choice(PIECES + words[:40]) for _ in range(rng.randint(0, 40)))
            assert finder.spans(text) == _spans(words, text), text


def test_ascii_text_read_in_lower_case_finds_the_same_spans():
    rng = random.Random(4)
    ascii_pieces = [p for p in PIECES if p.isascii()]
    for words in (list(_lexicon("en")), list(load_list("en", "clause_marks"))):
        finder = word_finder(words)
        for _ in range(400):
            text = "".join(rng.choice(ascii_pieces + words[:40] + [w.upper() for w in words[:20]])
                           for _ in range(rng.randint(0, 40)))
            if text.isascii():
                assert finder.spans(text) == _spans(words, text), text


def test_overlapping_and_edge_words():
    words = ["will be", "be", "'ll", "to buy", "buy"]
    finder = word_finder(words)
    for text in ["will be", "will  be buy", "we'll be", "x'll", "'ll go", "to buy,buy", "", "be", "_be be_",
                 "will\nbe to\tbuy"]:
        assert finder.spans(text) == _spans(words, text), text


def test_no_words_finds_nothing():
    assert word_finder([]).spans("anything at all") == []


def test_tense_uses_finders():
    assert _cues("en").spans("It will be held.") and _clause_marks("en").spans("x") == []


def test_resolver_copy_is_dataclasses_replace():
    from dataclasses import replace as slow

    from calfeed.model import Timex
    from calfeed.timex.resolver import _changed as replace

    t = Timex(start=1, end=5, text="June", type="DATE", value="XXXX-06", raw_value="XXXX-06", tense="past")
    fast = replace(t, value="2011-06", problem=None)
    assert fast == slow(t, value="2011-06", problem=None) and fast is not t and t.value == "XXXX-06"


def test_grouped_branches_keep_the_alternation_order():
    """Branches split into look-ahead groups match as the plain alternation, the first fitting
    branch winning even where two open with the same character."""
    branches = [("aA", "[aA]b"), ("aA", "[aA]"), ("cC", "[cC]d"), ("eE", "[eE]"), (r"\d", r"\d\d")]
    plain = re.compile("(?:" + "|".join(branch for _, branch in branches) + ")")
    for groups in (1, 2, 3, 5):
        grouped = re.compile(grouped_branches(branches, groups))
        for text in ["ab", "a", "Ab cd", "cd", "e", "12", "x", "ca", "1", "aab"]:
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text
