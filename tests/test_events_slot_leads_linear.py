"""A clock opens a programme's slot when only a bullet, a lead such as "approx." or an item's
number stands before it on its line (agenda._slot_end). Each clock copied its line up to itself
to strip that lead: on a page of slots written on one line, square in its clocks (19,949 ->
79,955 characters: 0.006 s -> 0.088 s, 14.5x). The lead is now read from the line's first mark
and back from the clock over its blanks, and refused once longer than any lead may be."""

from __future__ import annotations

import random
from datetime import date

from calfeed.events.agenda import _ITEM_NUMBER, _slot_end, _short_lead
from calfeed.events.vocabulary import word_list
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds

SLOTS = "- 9:15 Tea and a welcome - 10:00 Talk on hedges - 11:30 Walk to the pond "


def _every_clock(size: int) -> float:
    text = "## Sunday 8 June\n" + SLOTS * (size // len(SLOTS))
    found = sorted(tag(text, date(2028, 5, 1)), key=lambda t: t.start)
    return _seconds(lambda: [_slot_end(text, t) for t in found])


def test_four_times_the_line_takes_about_four_times_as_long():
    _every_clock(600)
    _assert_linear(_every_clock(48_000) / max(_every_clock(12_000), 1e-3))


def test_the_short_lead_is_the_stripped_stretch_whenever_it_may_be_a_lead():
    leads = word_list("list_bullets") | word_list("slot_clock_leads") | {""}
    pieces = ["-", "•", "+/-", "~", "approx.", "Around", "c.", "7.", "10)", "100.", " ", "\t", "\u2003", "x", "9:00"]
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        whole = text[start:end].strip().lower()
        short = _short_lead(text, start, end)
        if short is None:
            assert whole not in leads and not _ITEM_NUMBER.fullmatch(whole)
        else:
            assert short == whole
