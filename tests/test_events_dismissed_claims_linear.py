"""dismissed_claims.dismissed_claim reads a sentence once; for a claim noun and "that" ("reports that
...") it looked for a denial from there to the sentence's end, and did so again for every later such
noun when none was found: square in a long sentence of claims (a page with no full stops is one).
Only the first such noun is read now: a later one could find no denial the first one misses."""

from __future__ import annotations

import random

import pytest

from calfeed.events.dismissed_claims import _denial, dismissed_claim
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from test_timex_speed_guard import _assert_linear, _seconds

CLAIM = "rumours that the show moved to a later week, "


def _read(size: int) -> float:
    text = CLAIM * (size // len(CLAIM))
    return _seconds(lambda: dismissed_claim(text, (0, len(text))))


def test_four_times_the_sentence_takes_about_four_times_as_long():
    _read(500)
    _assert_linear(_read(80_000) / max(_read(20_000), 1e-3))


def _every_claim(text: str) -> tuple[int, int] | None:
    """The denied claim as read from every claim noun in turn (no dismissing verb in these texts)."""
    words = words_in(text, 0, len(text))
    lowered = [w.lower for w in words]
    for j, word in enumerate(lowered):
        if word in word_list("claim_nouns") and j + 1 < len(words) and lowered[j + 1] == "that":
            denial = _denial(lowered, j + 2)
            if denial is not None:
                return words[j + 1].end, words[denial].start
    return None


PIECES = ["reports", "rumours", "that", "the", "fair", "moved", "to", "9 May", "remains unchanged", "is unchanged",
          "stands", ",", "the date", "claims", "still"]


@pytest.mark.parametrize("seed", range(30))
def test_the_first_claim_reads_as_every_claim_did(seed: int):
    pick = random.Random(seed)
    text = " ".join(pick.choice(PIECES) for _ in range(pick.randrange(1, 40)))
    assert dismissed_claim(text, (0, len(text))) == _every_claim(text)
