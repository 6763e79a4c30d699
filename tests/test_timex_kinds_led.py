"""The glue readers' scans tried only where the text's kinds lead (kinds_led) find what finditer finds."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from calfeed.timex import glued_cells, glued_runs
from calfeed.timex.char_kinds import kinds
from calfeed.timex.kinds_led import KindsLed

CORPORA = Path(__file__).parent / "corpus"


def _scans() -> dict[str, KindsLed]:
    words = glued_runs._words("en")
    return {"clock_run": words.clock_run, "mark_word": words.mark_word, "day_day": glued_runs._DAY_DAY,
            "capitals": glued_runs._CAPITALS, "camel": glued_runs._CAMEL, "touch": glued_cells._TOUCH}


def _made_up(seed: int, size: int) -> str:
    """Pieces of glued cells run together at random: digits, clocks, half-day marks, capitals, small
    letters, blanks, separators and characters beyond ASCII (a non-ASCII digit, letters, a no-break space)."""
    rng = random.Random(seed)
    pieces = ["1", "12", "2024", "0915", "3:30", "10.45", "7", "pm", "a.m.", "AM", "P.M.", "Council", "May",
              "TUESDAYJANUARY", "OCTOBER", "x", "Regular", "am", "th", "4 pmHall", "11 a.m.Vote", "6 AMBoard", "٣", "é", "Ünd", "²", "ſ", "K"]
    glue = [" ", "", "", "\n", ":", ".", ",", "/", "-", "\u00a0", "\t", " | ", "  "]
    return "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(size))


def _texts() -> list[str]:
    corpus = "\n".join((CORPORA / name).read_text(encoding="utf-8") for name in ("timex.txt", "negatives.txt"))
    return [corpus, corpus.upper(), corpus.replace(" ", ""), _made_up(5, 20000), _made_up(6, 20000).upper()]


@pytest.mark.parametrize("name", sorted(_scans()))
def test_a_scan_led_by_kinds_finds_what_finditer_finds(name):
    scan = _scans()[name]
    met = 0
    for text in _texts():
        led = [(m.span(), m.groups()) for m in scan.matches(text, kinds(text))]
        plain = [(m.span(), m.groups()) for m in scan.pattern.finditer(text)]
        assert led == plain
        met += len(plain)
    assert met >= 10        # each shape is met, so the comparison says something


def test_matches_at_every_place_of_a_made_up_page():
    """Each made-up slice, cut anywhere (a match may start at the text's first character)."""
    text = _made_up(9, 3000)
    rng = random.Random(2)
    for _ in range(300):
        start = rng.randrange(len(text))
        piece = text[start:start + rng.randrange(1, 120)]
        for scan in _scans().values():
            assert [m.span() for m in scan.matches(piece, kinds(piece))] == [m.span() for m in scan.pattern.finditer(piece)]
