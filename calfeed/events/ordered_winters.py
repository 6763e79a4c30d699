"""A "Winter YYYY" row between "Fall YYYY-1" and "Spring YYYY" rows is the winter that ends in YYYY.

The tagger reads "Winter 2025" alone as the winter that starts in December 2025, as a season
named by its year starts in that year. Project key-date widgets, plan timelines and term lists
name the winter by the year it mostly falls in: "Fall 2024 - Initiate design", "Winter 2025 -
Finalize design", "Spring 2025 - Report back" run in order, and December 2025 would put the
winter after the spring that follows it. So a winter whose nearest other season before it on the
page is the summer or fall of the year before, or whose nearest other season after it is the
spring of its own year, is moved to December of the year before through February; a winter
after the fall of its own year ("Fall 2025", "Winter 2025") keeps the tagger's reading.
Only a season a few lines away counts: such lists are compact, and a "summer 2024" in a
story's first paragraph says nothing about a "Winter 2025" in its last.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from calfeed.model import Interval, Timex

_WINTER = "WI"
_BEFORE = ("SU", "FA")      # seasons of the year before that lead into the winter
_AFTER = "SP"               # the spring of the winter's own year
NEAR_LINES = 6              # line breaks at most between a winter and a season that orders it


def _season(timex: Timex) -> tuple[int, str] | None:
    """The year and season code of a one-season date ("2025-WI"), else None."""
    value = timex.value
    if (timex.type != "DATE" or timex.end_interval is not None or timex.interval is None
            or len(value) != 7 or value[4] != "-" or not value[:4].isdigit()):
        return None
    code = value[5:]
    return (int(value[:4]), code) if code in ("SP", "SU", "FA", _WINTER) else None


def _ends_in_its_year(year: int, before: tuple[int, str] | None, after: tuple[int, str] | None) -> bool:
    """Whether the seasons around the winter of ``year`` put it before its year's spring."""
    if before is not None and before[0] == year and before[1] in _BEFORE:
        return False        # "Fall 2025" then "Winter 2025": the winter after that fall
    if after is not None and after[0] == year + 1 and after[1] == _AFTER:
        return False        # "Winter 2025" then "Spring 2026"
    return ((before is not None and before[0] == year - 1 and before[1] in _BEFORE)
            or (after is not None and after[0] == year and after[1] == _AFTER))


def _near(text: str, first: Timex, second: Timex) -> bool:
    """Whether ``second`` (after ``first`` on the page) is within a few lines of it."""
    return text.count("\n", first.end, second.start) <= NEAR_LINES


def ordered_winters(text: str, ordered: list[Timex]) -> list[Timex]:
    """The page's dates, with each winter that a list's order puts before its year's spring
    moved to December of the year before through February."""
    seasons = [(k, found) for k, t in enumerate(ordered) if (found := _season(t)) is not None]
    if not any(code == _WINTER for _, (_, code) in seasons):
        return ordered
    result = list(ordered)
    others = [(k, found) for k, found in seasons if found[1] != _WINTER]
    for k, (year, code) in seasons:
        if code != _WINTER:
            continue
        before = next((found for j, found in reversed(others)
                       if j < k and _near(text, ordered[j], ordered[k])), None)
        after = next((found for j, found in others if j > k and _near(text, ordered[k], ordered[j])), None)
        if not _ends_in_its_year(year, before, after):
            continue
        timex = ordered[k]
        start = datetime(year - 1, 12, 1)
        result[k] = replace(timex, interval=Interval(start, datetime(year, 3, 1), timex.interval.granularity))
    return result
