"""The stacked-value reader asks of every date whether a bracket is open before it on its line
("November 27th (Wednesday)" only restates the day). It found the line's start with a search back and
counted the brackets from there, for each date: on a page written on one line that is the whole page
before every date (a 320 KB one-line bulletin 0.77 s in this reader alone, 16 times its 80 KB copy).
The line is now found by bisection and the count read on from the date before."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from functools import lru_cache

from calfeed.events.stacked_values import _bracketed, stacked_ranges
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _one_line_bulletin(size: int) -> str:
    """A river board's notices run into one line: a sitting on a past day, a lock shut by a weekday
    (told in brackets now and then) and a last day for replies."""
    parts, total, k = ["Weir board notices "], 0, 0
    while total < size:
        aside = f" (from {WEEKDAYS[(k + 2) % 7]})" if k % 3 == 0 else ""
        part = (f"The board sat on {1 + k % 28} {MONTHS[k % 12]} and the east lock shuts by {WEEKDAYS[k % 7]}{aside}. "
                f"Owners may write in until {1 + (7 * k) % 28} {MONTHS[(k + 5) % 12]}. ")
        parts.append(part)
        total += len(part)
        k += 1
    return "".join(parts)


def _stack_every_date(copies: int) -> float:
    """The reader over ``copies`` copies of one tagged bulletin side by side on one line (tagged once:
    the copies' dates are the first's, moved along)."""
    text, found = _tagged_bulletin()
    width = len(text)
    every = [replace(t, start=t.start + k * width, end=t.end + k * width) for k in range(copies) for t in found]
    return _seconds(lambda: stacked_ranges(text * copies, every))


@lru_cache(maxsize=None)
def _tagged_bulletin() -> tuple[str, list]:
    text = _one_line_bulletin(5_000) + " "
    return text, sorted(tag(text, date(2027, 3, 1)), key=lambda t: (t.start, t.end))


def test_four_times_the_line_takes_about_four_times_as_long():
    _stack_every_date(1)        # warm up: the tables load once
    _assert_linear(_stack_every_date(16) / max(_stack_every_date(4), 1e-4))


def test_the_count_read_on_answers_as_the_count_from_the_line_start():
    """Made-up lines of brackets, letters and line breaks, asked at rising places (as the dates come),
    then at places in any order: every answer is the plain test's of the text from the line's start."""
    from calfeed.events.stacked_values import _Brackets

    pick = random.Random(46)
    asked = 0
    for _ in range(300):
        text = "".join(pick.choice("(()) x\n") for _ in range(pick.randint(0, 120)))
        places = sorted(pick.randint(0, len(text)) for _ in range(12))
        for order in (places, pick.sample(places, len(places))):
            brackets = _Brackets(text)
            for at in order:
                line_start = text.rfind("\n", 0, at) + 1
                assert brackets.open_before(line_start, at) == _bracketed(text[line_start:at]), (text, at)
                asked += 1
    assert asked > 5_000
