"""Cheap checks in front of a pattern must give what the pattern alone gives."""

from __future__ import annotations

import random

from calfeed.timex.tense import _number_before, _number_before_pattern


def test_number_before_is_the_pattern():
    rng = random.Random(11)
    pieces = ["7", "12", "2024", "th", "st", "nd", "rd", "TH", " ", "  ", "\n", "\t", "\u00a0", ",", ".", "x",
              "day", "\u0663", "(", "-"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) + "held"
        start = len(text) - 4
        expected = _number_before_pattern().search(text, max(0, start - 12), start) is not None
        assert _number_before(text, start) == expected, repr(text)

