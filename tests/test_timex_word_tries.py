"""Word lists written as tries must choose exactly as the plain longest-first lists did."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from calfeed.timex.lexicon import load_table
from calfeed.timex.rules import _matches
from calfeed.timex.vocabulary import listed_alternation, table_rows, word_alternation

CORPUS = Path(__file__).parent / "corpus" / "timex.txt"


def _word_lists() -> list[tuple[str, list[str], bool, frozenset[str]]]:
    """Every word list of the English macros, as rules.py reads them."""
    out = []
    for row in load_table("en", "macros"):
        if row["source"] == "=":
            continue
        table = table_rows("en", row["source"])
        words = [r[row["column"]] for r in table if _matches(r, row["filter"])]
        dotted = frozenset(r[row["column"]] for r in table if row.get("dot") and _matches(r, row["dot"]))
        out.append((row["name"], words, row["case"] == "sensitive", dotted))
    return out


def _text(words: list[str]) -> str:
    rng = random.Random(5)
    forms = []
    for word in words:
        forms += [word, word.upper(), word.title(), word + ".", word.replace(" ", "  "), word + "s", word[:-1]]
    rng.shuffle(forms)
    corpus = CORPUS.read_text(encoding="utf-8")
    return corpus[:20000] + "\n" + " ".join(forms) + "\n" + "-".join(forms[:200])


@pytest.mark.parametrize("name, words, case_sensitive, dotted", _word_lists(), ids=lambda v: v if isinstance(v, str) else "")
def test_a_trie_chooses_as_the_longest_first_list(name, words, case_sensitive, dotted):
    text = _text(words)
    starts = [m.start() for m in re.finditer(r"(?<![\w'])[\w']", text)]
    for tail in ("", r"(?![\w])", r"\s{1,3}[a-z]"):
        trie = re.compile(f"(?:{word_alternation(words, case_sensitive, dotted)}){tail}", re.IGNORECASE)
        listed = re.compile(f"(?:{listed_alternation(words, case_sensitive, dotted)}){tail}", re.IGNORECASE)
        for at in starts:
            one, other = trie.match(text, at), listed.match(text, at)
            assert (one and one.span()) == (other and other.span()), (name, text[at:at + 30])


@pytest.mark.parametrize("name, words, case_sensitive, dotted", _word_lists(), ids=lambda v: v if isinstance(v, str) else "")
def test_a_dispatched_trie_chooses_as_the_plain_one(name, words, case_sensitive, dotted):
    """Branches opened by a case-sensitive set of a letter's cases (so the engine can pass over
    them) match exactly what the case-blind letters do, the long s and the Kelvin sign too."""
    text = _text(words) + " \u017fix ſtreet \u212aelvin İnstant ıt"
    starts = [m.start() for m in re.finditer(r"(?<![\w'])[\w']", text)]
    for tail in ("", r"(?![\w])", r"\s{1,3}[a-z]"):
        plain = re.compile(f"(?:{word_alternation(words, case_sensitive, dotted)}){tail}", re.IGNORECASE)
        fast = re.compile(f"(?:{word_alternation(words, case_sensitive, dotted, dispatched=True)}){tail}",
                          re.IGNORECASE)
        for at in starts:
            one, other = fast.match(text, at), plain.match(text, at)
            assert (one and one.span()) == (other and other.span()), (name, text[at:at + 30])
