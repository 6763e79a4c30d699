"""A stretch told in two clauses of one sentence: "the forum will begin on Monday, July 15,
2024, and end on Saturday, July 20, 2024", "works start on 4 May and run until 29 May".

The tagger reads two separate days; read apart, the second is only when something already
dated stops, and the entry kept the first day alone. When an opening verb stands right before
the first day and "and" with a closing verb (``range_closing_links``) is all that stands
between the two, they are one range from the first day to the second.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

MAX_SPAN = timedelta(days=366)     # a festival, a season, a term; a longer pair is two dates
OPENING_REACH = 3                  # words before the first day: "will begin on", "starts"
_WORD = re.compile(r"[a-z]+")


def told_ranges(text: str, ordered: list[Timex]) -> tuple[list[Timex], set[int]]:
    """``ordered`` with the first day of each stretch told in two clauses made a range to its
    last day; and the last days (by id), which close those ranges and are no days of their own."""
    days = [t for t in ordered if t.type != "DURATION"]
    joined: dict[int, Timex] = {}
    closing: set[int] = set()
    for first, second in zip(days, days[1:]):
        if id(first) in closing or not _one_day(first) or not _one_day(second):
            continue
        if not (_opened(text, first.start) and _closed_by(text[first.end:second.start])):
            continue
        if not timedelta(0) < second.interval.start - first.interval.start <= MAX_SPAN:
            continue
        joined[id(first)] = replace(first, end_interval=second.interval)
        closing.add(id(second))
    return [joined.get(id(t), t) for t in ordered], closing


def _one_day(timex: Timex) -> bool:
    return (timex.type == "DATE" and timex.interval is not None and timex.end_interval is None
            and timex.interval.granularity == "day" and not timex.approximate)


def _opened(text: str, start: int) -> bool:
    """Whether an opening verb, with "on" after it or not, stands right before ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60):start]
    if before.rstrip().endswith((",", ";", ":", ".")):
        return False
    words = _WORD.findall(before.lower())[-OPENING_REACH:]
    if words and words[-1] == "on":
        words = words[:-1]
    verbs = word_list("range_opening_verbs")
    return any(" ".join(words[i:]) in verbs for i in range(len(words)))


def _closed_by(gap: str) -> bool:
    """Whether ``gap`` is ", and <closing verb> [on]" and nothing else."""
    if "\n" in gap or len(gap) > 40:
        return False
    if _WORD.sub("", gap).strip(" ,") != "":
        return False     # a bracket, a dash, a clause mark: more than a link
    words = _WORD.findall(gap.lower())
    if len(words) < 2 or words[0] != "and":
        return False
    words = words[1:-1] if words[-1] == "on" else words[1:]
    return " ".join(words) in word_list("range_closing_links")
