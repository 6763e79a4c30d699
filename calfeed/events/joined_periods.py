"""Two parts of years told as one stretch: "will take place in the second half of 2024 and first
half of 2025", "in the last quarter of 2026 and the first quarter of 2027". The tagger reads two
periods; read apart, the entry kept the first and was cut at its end, though what is told runs on
into the second. When the second begins where the first ends and only a link (joined_period_links)
stands between, they are one range."""

from __future__ import annotations

from dataclasses import replace

from calfeed.events.vocabulary import word_list
from calfeed.events.words import lower_tokens
from calfeed.model import Timex

PERIOD_GRAINS = ("half", "quarter", "season")     # parts of a year; months and years are listed, not spanned


def joined_periods(text: str, ordered: list[Timex]) -> tuple[list[Timex], set[int]]:
    """``ordered`` with each first part of such a pair made a range to the second's end; and the second
    parts (by id), which close those ranges and are no periods of their own."""
    periods = [t for t in ordered if t.type != "DURATION"]
    joined: dict[int, Timex] = {}
    closing: set[int] = set()
    for first, second in zip(periods, periods[1:]):
        if id(first) in closing or not (_part_of_year(first) and _part_of_year(second)):
            continue
        if second.interval.start != first.interval.end:
            continue      # "in spring 2026 and autumn 2026": two periods, not one stretch
        if "\n" in text[first.end:second.start]:
            continue      # a period at a line's end and one opening the next: two rows, not one stretch
        link = [t for t in lower_tokens(text, first.end, second.start) if t != ","]
        if " ".join(link) not in word_list("joined_period_links"):
            continue
        joined[id(first)] = replace(first, end_interval=second.interval)
        closing.add(id(second))
    return [joined.get(id(t), t) for t in ordered], closing


def _part_of_year(timex: Timex) -> bool:
    return (timex.type == "DATE" and timex.interval is not None and timex.end_interval is None
            and timex.interval.granularity in PERIOD_GRAINS)
