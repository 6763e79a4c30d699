"""A clock with no day, on a page that dates nothing near it, is a habit's time when a habit's
word ("monthly", "normally") stands before it in its sentence. Each such clock read its sentence's
words from the sentence's start: a page of clocks written on one line is one sentence holding
every clock (a one-line page of clocks, 80 KB: habitual_clock 11% of the build, py-spy). The
sentence's habit words are now read once for all its clocks."""

from __future__ import annotations

import random
from datetime import date

import pytest

from calfeed.events.habitual_clocks import habitual_clock
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds, one_line

REFERENCE = date(2028, 5, 1)
CLOCKS = "Stalls 8:30 am, music at 11:00 am, raffle 2 pm; "


def _read_every_clock(size: int) -> float:
    text = one_line(CLOCKS, size) + "Our stalls normally close at 4 pm."
    found = sorted(tag(text, REFERENCE), key=lambda t: t.start)
    sentence = (0, len(text))
    return _seconds(lambda: [habitual_clock(text, t, sentence, (), REFERENCE) for t in found])


def test_four_times_the_page_takes_about_four_times_as_long():
    _read_every_clock(500)            # warm up: the word tables load once
    _assert_linear(_read_every_clock(24_000) / max(_read_every_clock(6_000), 1e-3))


def _clock(start: int, end: int) -> Timex:
    return Timex(text="x", start=start, end=end, type="TIME", value="T19:30", rule="test",
                 interval=tag("7.30pm", REFERENCE)[0].interval)


def _read_from_the_start(text: str, sentence: tuple[int, int], at: int) -> str | None:
    """The habit word as it was found: the sentence's words from its start up to the clock."""
    marks = word_list("recurring_adjectives") | word_list("habitual_hedges")
    return next((w.lower for w in words_in(text, sentence[0], at) if w.is_word and w.lower in marks), None)


@pytest.mark.parametrize("seed", range(30))
def test_the_habit_word_read_once_per_sentence_is_the_one_read_from_its_start(seed: int):
    rng = random.Random(seed)
    pieces = ["Our ", "monthly", "Monthly", " meeting ", "normally", "starts ", "at ", "7.30pm", ", ", "x" * 70, "weeklyish "]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
    sentence = (rng.randint(0, len(text) // 3), len(text))
    for at in sorted({rng.randint(sentence[0], len(text)) for _ in range(12)}):
        expected = _read_from_the_start(text, sentence, at)
        found = habitual_clock(text, _clock(at, at + 1), sentence, (), REFERENCE)
        assert found == expected
