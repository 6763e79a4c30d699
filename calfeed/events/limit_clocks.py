"""A day-less clock that an end or limit word comes right before ("until 9pm", "the hall closes
at 4pm", "collect children by 3pm"): it says when something ends or must be done, never when an
occasion starts, so no reading that looks for an occasion's start may take it (nearby clocks,
standing sentences, a series' sentence)."""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex

LOOK_BACK = 3        # words before a clock that may make it an end or a limit
REACH = 60           # characters before a clock where its limit word stands ("the bar closes at")


def limit_clock(text: str, clock: Timex) -> bool:
    """Whether a limit word (nearby_clock_vetoes) stands in the few words before ``clock`` on its line."""
    line = text.rfind("\n", 0, clock.start) + 1
    before = [w.lower for w in words_in(text, max(line, clock.start - REACH), clock.start)][-LOOK_BACK:]
    return bool(set(before) & word_list("nearby_clock_vetoes"))
