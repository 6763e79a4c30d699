"""The tense reader passes over the cues inside a bracketed aside with no digit ("(east wing)"): its verb
speaks of the aside's own words. It asked every aside of the sentence about every word, so a long
sentence of many asides (a page's list run into one sentence) cost its words times its asides. Only the
last aside opening before a word can hold it; it is found by bisection."""

from __future__ import annotations

import random

from calfeed.timex.tense import _in_aside, told_tenses
from test_timex_speed_guard import _assert_linear, _seconds


def _sentence(parts: int) -> str:
    """A crew's log run into one sentence, an aside after each place and each act."""
    return "The crew " + " ".join("(east dock) tarred the keel (again) and" for _ in range(parts)) + " rested."


def test_four_times_the_asides_take_about_four_times_as_long():
    """On the parent 3,200 parts took some 15 times as long as 800."""
    told_tenses(_sentence(5))       # warm up: the lexicon loads once
    _assert_linear(_seconds(lambda: told_tenses(_sentence(3200))) / max(_seconds(lambda: told_tenses(_sentence(800))), 1e-4))


def test_the_bisection_answers_as_trying_every_aside():
    pick = random.Random(47)
    for _ in range(3000):
        ends = sorted(pick.sample(range(80), 2 * pick.randint(0, 8)))
        asides = list(zip(ends[::2], ends[1::2]))
        for start in range(-1, 82):
            assert _in_aside(asides, start) == any(a < start < b for a, b in asides), (asides, start)


def test_a_verb_inside_an_aside_still_tells_no_tense():
    assert told_tenses("The hall (which closed early) opens on Friday.") == told_tenses("The hall opens on Friday.")
