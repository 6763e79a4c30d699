"""The denied present perfect before a participle ("has not explained") is read in a window of a
few characters before each participle, so a sentence of many participles costs its length, not
its length times its participles."""

from __future__ import annotations

from calfeed.timex.tense import told_tenses
from test_timex_speed_guard import _assert_linear, _seconds


def _sentence(parts: int) -> str:
    """A long log of denied and plain acts run into one sentence."""
    return "The crew " + " ".join("has not painted the hull and then tarred the keel and" for _ in range(parts)) + " rested."


def test_four_times_the_participles_take_about_four_times_as_long():
    told_tenses(_sentence(5))       # warm up: the lexicon loads once
    _assert_linear(_seconds(lambda: told_tenses(_sentence(3200))) / max(_seconds(lambda: told_tenses(_sentence(800))), 1e-4))
