"""The written day a schedule sentence ties to a lead word: the day it holds from ("Beginning on
January 1, 2012", "start on 18th April") or runs until ("running through 30 August").

Both schedule readers (schedule_sentences, weekday_hours) ask this of a sentence's dates; one
reader keeps the two from drifting apart."""

from __future__ import annotations

import re

from calfeed.events.words import lower_tokens
from calfeed.model import Timex

MAX_LEAD_WORDS = 3     # "as of this" Monday


def day_after_lead(text: str, bounds: tuple[int, int], members: list[Timex], leads: frozenset[str],
                   weekday_only: re.Pattern[str], links: frozenset[str] = frozenset(),
                   reach: int = 40) -> Timex | None:
    """The first day of ``members`` (a written day, not a bare weekday ``weekday_only`` matches)
    that one of ``leads`` (up to three words) stands right before, within ``reach`` characters
    and ``bounds``; one link word ("on") may stand between them."""
    for timex in members:
        if timex.type != "DATE" or timex.interval is None or timex.interval.granularity != "day":
            continue
        if weekday_only.fullmatch(timex.raw_value or timex.value) is not None:
            continue
        before = lower_tokens(text, max(bounds[0], timex.start - reach), timex.start)
        if before and before[-1] in links:
            before = before[:-1]
        if any(" ".join(before[-n:]) in leads for n in range(1, MAX_LEAD_WORDS + 1) if len(before) >= n):
            return timex
    return None
