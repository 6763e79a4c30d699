"""The readers that stopped copying a date's line (see test_events_one_line_build_copies_linear.py) read
it in place; each in-place reading answers as the copy did. Random short lines of the marks the
readers strip, blanks of several kinds, pipes and words."""

from __future__ import annotations

import random

from calfeed.events import block_clocks, numbered_rows, plain_dates
from calfeed.events.vocabulary import word_list
from calfeed.text import start_of_line

PIECES = (" ", "  ", "\t", "\n", "|", " | ", "*", "_", ".", "(", ")", "-", "•", "Time:", "Meets", "12", "7",
          "\u00a0", "\u2003", "x", "**Doors:**", "(note)")


def _texts(seed: int, count: int = 4_000):
    pick = random.Random(seed)
    for _ in range(count):
        text = "".join(pick.choice(PIECES) for _ in range(pick.randint(0, 12)))
        a = pick.randint(0, len(text))
        b = pick.randint(a, len(text))
        yield text, a, b


def test_a_pipe_before_a_point_is_the_copy_s():
    for text, a, b in _texts(4931):
        line_start = start_of_line(text, a)
        assert plain_dates._piped(text, line_start, b) == ("|" in text[line_start:b]), (text, line_start, b)


def test_a_clock_s_lead_and_rest_are_the_copies_strips():
    bullets = "".join(word_list("list_bullets"))
    for text, a, b in _texts(4932):
        start, end = block_clocks._lead_bounds(text, a, b)
        assert text[start:end] == text[a:b].strip().lstrip(bullets).strip(), (text, a, b)
        first, last = block_clocks._rest_bounds(text, a, b)
        rest = text[a:b].strip(" \t.*")
        assert text[first:last] == rest, (text, a, b)
        assert block_clocks._bare_rest(text, first, last) == (not rest or (rest.startswith("(") and rest.endswith(")")))


def test_a_row_s_number_is_the_copy_s():
    for text, a, b in _texts(4933):
        copied = text[a:b].replace("|", " ").strip(" \t*_")
        number = numbered_rows._cell_number(text, a, b)
        wanted = copied.isdigit() and len(copied) <= numbered_rows.MAX_ROW_NUMBER
        assert (number.isdigit() and len(number) <= numbered_rows.MAX_ROW_NUMBER) == wanted, (text, a, b)
        if wanted:
            assert number == copied
