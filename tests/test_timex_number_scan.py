"""The opening scan checks what follows a number before it stops there (``_digit_runs``): a number
that white space and a word follow opens a rule only when some opening goes on from a run of as
many digits with white space and a second word beginning as that word does ("45 years", "12 May").
Every word start it passes over must open nothing, on any text."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from calfeed.timex import openings as openings_module
from calfeed.timex.openings import DIGIT, openings

from test_timex_openings import corpus_text, everywhere, where_it_opens

DATA = Path(__file__).parent / "data"


def _scans_with_numbers_unchecked() -> dict[int, openings_module.Locator]:
    """The three scans as they were before numbers were checked (every number let through)."""
    table = openings("en")
    root = openings_module._tree(table.open, table.closed)
    root.children[DIGIT].runs = None
    kinds = (openings_module._ASCII_LOWER, openings_module._NARROW, openings_module._WIDE)
    return {kind: openings_module._locator(root, kind) for kind in kinds}   # type: ignore[misc]


def _texts() -> list[str]:
    rng = random.Random(38)
    pieces = ["45", "7", "300", "1,500", "2.5", "1999", "12", "06", "1990s", "5th", "'90s", "3:30", "10-12",
              "years", "people", "May", "trucks", "million", "pm", "a.m.", "the", "of", "_", "week", "half",
              "ſeconds", "½", "٣", "hours", "jan", "per", "cent", "to", "and"]
    gaps = ["", " ", "  ", "\n", "\t", "-", ", ", ". ", " / ", " " * 17, "_", " (", "\u00a0"]
    made = ["".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(1, 12))) for _ in range(1500)]
    found = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(DATA.rglob("*"))
             if path.is_file() and path.suffix in {".txt", ".html", ".md", ".json", ".jsonl"}]
    return [corpus_text(), *found[:40], *made]


def test_every_number_the_scans_pass_over_opens_nothing():
    table = openings("en")
    unchecked = _scans_with_numbers_unchecked()
    checked = {openings_module._ASCII_LOWER: table.ascii_locator, openings_module._NARROW: table.locator,
               openings_module._WIDE: table.wide_locator}
    passed = 0
    for text in _texts():
        for kind, plain in unchecked.items():
            if kind == openings_module._ASCII_LOWER and not text.isascii() or \
                    kind == openings_module._NARROW and table.rare.search(text):
                continue        # (as opened_at picks the scans: the narrow one is for texts without rare letters)
            read = text.lower() if kind == openings_module._ASCII_LOWER else text
            now = {m.start(1): m.groups() for m in checked[kind].after.finditer(read)}   # type: ignore[union-attr]
            for match in plain.after.finditer(read):
                if match.start(1) in now:
                    assert now[match.start(1)] == match.groups()
                else:
                    assert openings_module.rules_opened(*match.groups(), table) == (), (match.groups(), text)
                    passed += 1
            assert set(now) <= {m.start(1) for m in plain.after.finditer(read)}
    assert passed > 300


def _stops(text: str) -> set[str]:
    table = openings("en")
    assert table.ascii_locator is not None
    return {m.group(1) + (m.group(2) or "") + (m.group(3) or "")
            for m in table.ascii_locator.after.finditer(" " + text.lower())}


def test_numbers_followed_by_a_word_no_opening_goes_on_with_are_passed_over():
    stops = _stops("we counted 17 trucks and 250 farmers; 3 of them left, 45 years on, 12 may 1999; "
                   "1,500 tons; 2.5 million; 5 pm")
    assert "17 truc" not in {s[:7] for s in stops} and not any(s.startswith("250 ") for s in stops)
    for kept in ("45 years", "12 may", "1999", "1,500 tons", "2.5 million", "5 pm", "3 of"):
        assert any(s.startswith(kept) for s in stops), kept


@pytest.mark.parametrize("text", ["17 trucks on 12 may", "1990s and '90s, 5th of june", "45\u00a0years, 3 \n days",
                                  "in 2011-12.5 percent", "7" + " " * 20 + "days", "10 _days", "06 1999 10:30"])
def test_the_matches_are_those_found_everywhere(text):
    assert where_it_opens(text) == everywhere(text)
