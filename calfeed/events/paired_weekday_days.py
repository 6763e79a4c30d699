"""Two days that each name their weekday, joined by "and", the second the day after the first:
"The cup will be played on Saturday, March 9th, and Sunday, March 10th, 2030". The page
tells one stretch of two days, as "on March 9 and 10" does (which the tagger reads as one range);
read apart, the two days were two one-day entries of one name.

The pair is one stretch only when both days are written whole (a weekday, a day and a month each:
"Saturday the 9th" restates a day written elsewhere and stays as it is), the first writes no year
of its own and the second writes the year that both are in ("under one year"), nothing but "and" (weekday_pair_links) and commas stands between them, and the second is
the day after the first. Two days a week apart ("Saturday 2 March and Saturday 9 March") are two
days; so are three or more listed days, each its own entry, and two days written without a year
("The pool will close on Saturday, 8 May, and Sunday, 9 May", "on Monday, March 13 and Tuesday, March
14. Donors are seen 2 p.m. to 6:30 p.m. on Monday and 9 a.m. to 12:30 p.m. on Tuesday"): a notice
that names each day may time each day apart.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from calfeed.events.phrases import month_words
from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.model import Timex

_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_MONTH_WORD = re.compile(r"[A-Za-z]{3,}")
TIMED_APART_REACH = 300     # characters after the pair read for its weekdays named again
MAX_GAP = 8          # characters between the two days: " , and " with its blanks


def paired_weekday_days(text: str, ordered: list[Timex]) -> tuple[list[Timex], set[int]]:
    """``ordered`` with the first day of each such pair made a range to the second; and the second
    days (by id), which close those ranges and are no days of their own."""
    days = [t for t in ordered if t.type != "DURATION"]
    whole = [_whole_day(t) for t in days]
    linked = [whole[k] and whole[k + 1] and _linked(text, days[k], days[k + 1]) for k in range(len(days) - 1)]
    joined: dict[int, Timex] = {}
    closing: set[int] = set()
    for k, is_linked in enumerate(linked):
        first, second = days[k], days[k + 1]
        if not is_linked or id(first) in closing:
            continue
        if _YEAR.search(first.text) is not None or _YEAR.search(second.text) is None:
            continue         # "Saturday, 9 March 2030 and Sunday, 10 March 2030": each says its own year;
                             # "close on Saturday, 8 May, and Sunday, 9 May": two days told one by one
        if second.interval.start - first.interval.start != timedelta(days=1):
            continue
        if k > 0 and (linked[k - 1] or whole[k - 1] and _listed(text, days[k - 1], first)) \
                or k + 1 < len(linked) and linked[k + 1]:
            continue         # "Friday 8 March, Saturday 9 March and Sunday 10 March": a list of days
        if _timed_apart(text, days, k + 2, first, second):
            continue         # "... on Monday, March 13 and Tuesday, March 14, 2023. Donors are seen 2 p.m. to
                             # 6:30 p.m. on Monday and 9 a.m. to 12:30 p.m. on Tuesday": each day its own hours
        joined[id(first)] = replace(first, end_interval=second.interval)
        closing.add(id(second))
    return [joined.get(id(t), t) for t in ordered], closing


def _timed_apart(text: str, days: list[Timex], after: int, first: Timex, second: Timex) -> bool:
    """Whether a date of the same paragraph, at most TIMED_APART_REACH characters after the pair, names
    one of the pair's weekdays again (a clock "on Monday"): the page goes on to tell the days apart."""
    named = {_FIRST_WORD.match(first.text).group().lower(), _FIRST_WORD.match(second.text).group().lower()}
    for later in days[after:]:
        if later.start - second.end > TIMED_APART_REACH or "\n\n" in text[second.end:later.start]:
            return False
        if named & {word.lower() for word in _FIRST_WORD.findall(later.text)}:
            return True
    return False


def _whole_day(timex: Timex) -> bool:
    """One exact day, no range, no clock, written with its weekday first and a month name
    ("Saturday, March 9th", "Sunday 10 March 2030")."""
    if (timex.type != "DATE" or timex.interval is None or timex.end_interval is not None or timex.rrule
            or timex.approximate or timex.interval.granularity != "day"):
        return False
    first = _FIRST_WORD.match(timex.text)
    if first is None or first.group().lower() not in weekday_words():
        return False
    months = month_words()
    return any(word.lower() in months for word in _MONTH_WORD.findall(timex.text, first.end()))


def _linked(text: str, first: Timex, second: Timex) -> bool:
    """Whether only "and" (or another pair link), with blanks and commas around it, parts the days."""
    if second.start - first.end > MAX_GAP or second.start < first.end:
        return False
    words = text[first.end:second.start].replace(",", " ").split()
    return len(words) == 1 and words[0].lower() in word_list("weekday_pair_links")


def _listed(text: str, before: Timex, first: Timex) -> bool:
    """Whether a comma alone parts a whole weekday-day from the pair's first: the pair ends a list."""
    return 0 <= first.start - before.end <= MAX_GAP and text[before.end:first.start].strip() == ","
