"""The date of a periodical's issue that names only its season or month ("Spring 2027
Newsletter", "Parish Bulletin — March 2027", "Q1 2027 Update").

Such an issue was written within the period it names, so that period is the window; the
tense of what it tells narrows it. "The campaign closed on March 15" in a spring issue puts
the writing after mid-March, "the sale will be held on Sunday May 9" before May 9. The
earliest day that fits the most of them is taken, as for any inferred date: "later this
year" counted from it opens no earlier than the truth. A date it gives no tense is one it
announces, so it lies ahead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from calfeed.events.vocabulary import word_list
from calfeed.model import Document, ReferenceDate, Timex
from calfeed.timex.undated import MAX_TOLD, PERIOD_GRAINS, spoken_day, told

PERIODS = PERIOD_GRAINS                             # a year names an annual report, written after it
OPENING_LINES = 4                                   # non-empty lines searched for the issue's title


def issue_period(doc: Document, timexes: list[Timex], holds: Callable[[date], int]) -> ReferenceDate | None:
    """``holds(day)``: how many of the document's tensed full dates ``day`` fits."""
    found = _issue_title(doc.text, timexes)
    if found is None:
        return None
    line, period = found
    first = period.span.start.date()
    last = (period.span.end - timedelta(days=1)).date()
    days = [t for t in (told(x) for x in timexes) if t is not None][:MAX_TOLD]

    def fitting(day: date) -> int:
        return holds(day) + sum(t.fits(day) for t in days)

    span = (last - first).days
    best = max((first + timedelta(days=n) for n in range(span + 1)), key=lambda d: (fitting(d), -d.toordinal()))
    how = (f"{spoken_day(best)} is the earliest day in it that fits the tenses of the dates it tells"
           if best != first else f"counted from its first day, {spoken_day(first)}")
    return ReferenceDate(best, True, f"issue \"{line}\" names {period.text}; {how}", first, last,
                         span=(period.start, period.end), forward=True)


def _issue_title(text: str, timexes: list[Timex]) -> tuple[str, Timex] | None:
    """An opening line naming an issue with one month, season, quarter or half and its year."""
    nouns = word_list("issue_nouns")
    for first, (start, end) in enumerate(_opening_lines(text)):
        on_line = [t for t in timexes if start <= t.start and t.end <= end]
        if len(on_line) != 1:
            continue
        period = on_line[0]
        if (period.type != "DATE" or period.span is None or period.problem or period.end_interval is not None
                or period.span.granularity not in PERIODS or not period.value[:4].isdigit()):
            continue
        words = [w.strip("#*_:|,.()[]–—-").lower() for w in text[start:end].split()]
        words = [w for w in words if w]
        pairs = {" ".join(words[i:i + 2]) for i in range(len(words) - 1)}
        if nouns & (set(words) | pairs) or (first == 0 and period.span.granularity == "month"
                                             and _names_its_period(text, start, end, period)):
            return " ".join(text[start:end].split()), period
    return None


def _names_its_period(text: str, start: int, end: int, period: Timex) -> bool:
    """The page's first line is its month ("February 2020"), alone or with words naming a listing of
    it (``issue_listing_nouns``: "Village Hall Events November 2021"): a newsletter's or a what's-on
    page's issue, written in that month. A season alone ("Fall 2024") is as often a term's calendar,
    written ahead of it, and a year alone names a report, written after it; a month in a table's cell
    opens a timeline."""
    if "|" in text[start:end]:
        return False        # "| December 2024 |" over "1st circular |": a timeline's first cell
    rest = text[start:period.start] + " " + text[period.end:end]
    words = {w.lower() for w in _WORD.findall(rest)}
    return not words or not word_list("issue_listing_nouns").isdisjoint(words)


_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def _opening_lines(text: str) -> Iterator[tuple[int, int]]:
    cursor, seen = 0, 0
    while cursor < len(text) and seen < OPENING_LINES:
        end = text.find("\n", cursor)
        end = len(text) if end < 0 else end
        if text[cursor:end].strip():
            seen += 1
            yield cursor, end
        cursor = end + 1
