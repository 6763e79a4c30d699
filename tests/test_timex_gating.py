"""Running each rule only near the words it needs must find exactly what running it everywhere finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from calfeed.timex import extractor
from calfeed.timex.gating import class_zones, rule_needs, word_classes
from calfeed.timex.rules import rules

CORPUS = Path(__file__).parent / "corpus" / "timex.txt"


def ungated(text: str) -> list:
    """Every rule over the whole text: slow, but the meaning the gating must keep."""
    found = []
    vocab = extractor.vocabulary("en")
    for rule in rules("en"):
        for match in rule.regex.finditer(text):
            atom = extractor._atom(rule, match, vocab, True)
            if atom is not None:
                found.append(atom)
    return found


def _key(atoms: list) -> list:
    return sorted((a.start, a.end, a.rule, str(a.raw)) for a in atoms)


def corpus_text() -> str:
    lines = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lines.append(line.split(" | ")[0].replace("[", "").replace("]", ""))
    return ".\n".join(lines)


def test_gated_scan_finds_what_an_ungated_scan_finds_on_the_whole_corpus():
    text = corpus_text()
    assert _key(extractor.candidates(text)) == _key(ungated(text))


@pytest.mark.parametrize("text", [
    "The meeting was held on Mondays in the weekend sessions of 1998 and the first-quarter.",
    "By 17:00 CET on 3 March, the o'clock rule: five o'clock in the morning, at noon, midnight.",
    "Fiscal 1990, FY1991, the nineties, the 1980s, the 20th century, each July, every Tuesday.",
])
def test_gated_scan_matches_ungated_on_tricky_words(text):
    assert _key(extractor.candidates(text)) == _key(ungated(text))


def test_rules_are_gated_by_what_their_patterns_need():
    needs = rule_needs("en")
    for name in ("month_day_year", "month_year", "month_alone"):
        assert needs[name] == frozenset({"month"}), name
    assert needs["iso_date"] == frozenset({"digit"})


def test_word_classes_cover_plurals_and_longer_words():
    assert "weekday" in word_classes("mondays", "en")
    assert "unit" in word_classes("weekend", "en")
    assert word_classes("market", "en") == frozenset()
    zones = class_zones("Prices rose on Friday.", "en")
    assert "weekday" in zones and "month" not in zones
