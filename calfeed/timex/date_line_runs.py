"""Lines that hold nothing but year-less days, read down the page as one list.

A programme of shows, talks or open evenings often writes each item as a name line, a line of its
days alone ("Oct. 3, 10 and 17") and a paragraph about it, then the next item. The blurbs between
the day lines are prose, so :func:`section_years.list_runs` sees no list (prose ends a run) and each
day line takes its year alone, the one nearest the page's date: on a page of late autumn, a summer
item after a spring one falls back into the summer just gone, before the items above it. A reader
takes the day lines in order as the page's list, whatever stands between them. So the lines that
hold only days (with commas, dashes or a joiner of date_line_joiners between them), whose first day
is year-less, make one run until a line holding any other date; the resolver then reads such a run
as it reads a list's rows (:func:`resolver._items_in_order`: a chain when three rows or more rise
through the calendar).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from calfeed.model import Timex
from calfeed.timex.lexicon import load_words
from calfeed.timex.rawvalue import CALENDAR, parse
from calfeed.timex.section_years import open_core

_TOKEN = re.compile(r"[^\W_]+|&")


@lru_cache(maxsize=None)
def _joiners(lang: str) -> frozenset[str]:
    return load_words(lang, "date_line_joiners")


def date_line_runs(timexes: Sequence[Timex], text: str, lang: str = "en") -> list[list[int]]:
    """Runs of lines holding only days, the first year-less: for each line the index (in
    ``timexes``, sorted by start) of its first day; runs of two lines at least. Another line
    holding a day's number ends a run; lines with no day (prose, a month named in a blurb) do not."""
    if "\n" not in text or next(islice((t for t in timexes if open_core(t) is not None), 1, None), None) is None:
        return []                 # fewer than two year-less days: no run
    joiners = _joiners(lang)
    runs: list[list[int]] = []
    current: list[int] = []
    index = 0
    while index < len(timexes):
        begin = text.rfind("\n", 0, timexes[index].start) + 1
        end = text.find("\n", timexes[index].start)
        end = len(text) if end < 0 else end
        last = index
        while last + 1 < len(timexes) and timexes[last + 1].start < end:
            last += 1
        on_line = timexes[index:last + 1]
        if open_core(timexes[index]) is not None and _days_only(text, begin, end, on_line, joiners):
            current.append(index)
        elif current and any(_a_day(t) for t in on_line):     # only a run going can be ended
            if len(current) > 1:
                runs.append(current)
            current = []
        index = last + 1
    if len(current) > 1:
        runs.append(current)
    return runs


def _a_day(timex: Timex) -> bool:
    """A day written with its number ("March 3", "3/4/2020"): a month or a season in a blurb
    ("the skies of summer") leaves the list going."""
    match = CALENDAR.match(parse(timex.raw_value or timex.value).core)
    return match is not None and (match.group("day") or "").isdigit()


def _days_only(text: str, begin: int, end: int, on_line: Sequence[Timex], joiners: frozenset[str]) -> bool:
    """Only days on the line, with joiners and marks between them (no clock, no word of its own)."""
    at = begin
    for timex in on_line:
        if timex.type != "DATE" or timex.start < at or timex.end > end:
            return False
        if any(m.group().lower() not in joiners for m in _TOKEN.finditer(text, at, timex.start)):   # stops at a prose word
            return False
        at = timex.end
    return not _TOKEN.search(text, at, end)
