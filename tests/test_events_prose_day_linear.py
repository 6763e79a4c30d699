"""A notice's field clock moves to the day ahead only when the day it was tagged by is written in a
sentence (block_clocks._prose_day): its line ends with a full stop or holds many words. The reader
copied and split the day's whole line for every clock that asked: on a page written on one line, the
whole page each time. It now reads the line's end and no more words than the bound, in place."""

from __future__ import annotations

import random

from calfeed.events.block_clocks import MAX_SENTENCE_WORDS, _prose_day
from calfeed.model import Timex
from calfeed.text import SENTENCE_MARKS
from call_counts import CountedText


def _plain(text: str, day: Timex) -> bool:
    """_prose_day as it read a copy of the line (the parent's)."""
    begin = text.rfind("\n", 0, day.start) + 1
    end = text.find("\n", day.end)
    line = text[begin:len(text) if end < 0 else end].strip()
    return line.endswith(SENTENCE_MARKS) or len(line.split()) > MAX_SENTENCE_WORDS


def _day(at: int) -> Timex:
    return Timex(at, at + 1, "x", "DATE", "2031-05-02")


def test_the_days_of_a_one_line_page_copy_a_bounded_part_of_it():
    """On the parent each of 300 days of a one-line page copied the whole line (300 characters
    copied for each of the page's); now none."""
    text = CountedText(" ".join(f"The pier reopened on day {k} for the anglers" for k in range(300)))
    days = [_day(text.index(f"day {k} ") + 4) for k in range(300)]
    CountedText.copied = 0
    for day in days:
        assert _prose_day(text, day)
    assert CountedText.copied / len(text) < 5


def test_the_answers_are_the_copied_line_s():
    pick = random.Random(47)
    for _ in range(3_000):
        text = "".join(pick.choice(["a", "b", " ", "\t", "\n", ".", "?", "\u00a0", "to"]) for _ in range(pick.randint(1, 80)))
        at = pick.randrange(len(text))
        assert _prose_day(text, _day(at)) == _plain(text, _day(at)), (text, at)
