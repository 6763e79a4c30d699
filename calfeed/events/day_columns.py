"""A table's Day column left in front of an entry's title: "Friday–Sunday Enrollment for all
students" beside the dates "August 23-September 1". Two or more weekdays joined as a range or
list at the start of a title restate the entry's days when its dates hold each of them, and are
dropped then; a run naming a weekday the entry's days do not hold is a name or a warning worth
keeping ("Saturday-Sunday Camp" on a Monday), and a single weekday stays, since it often belongs
to the name ("Sunday worship", "Saturday Stories").
A title made of nothing but days ("14th Apr5th May26th May": a row's cells run together) names
nothing at all."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from calfeed.events.phrases import month_words
from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.timex.lexicon import load_table, ordinal_endings

_TOKEN = re.compile(r"[^\W\d_]+\.?|[-–—&,/]")


def without_day_column(title: str, first: date, last: date) -> str:
    """``title`` without an opening run of two or more joined weekdays, when words follow and the
    entry's days ``first``..``last`` hold every weekday the run names."""
    at, days, end = 0, 0, 0
    named: set[int] = set()
    links = word_list("weekday_range_links")
    expect_day = True
    for match in _TOKEN.finditer(title):
        if title[at:match.start()].strip():
            break                               # something else stands between: the run is over
        word = match.group().rstrip(".").lower()
        if expect_day and word in weekday_words():
            days += 1
            named.add(_iso_weekdays()[word])
            end = match.end()
            expect_day = False
        elif not expect_day and word in links:
            expect_day = True
        else:
            break
        at = match.end()
    rest = title[end:].lstrip(" \t-–—:,|")
    if days < 2 or not rest or not rest[0].isalpha() or not named <= _weekdays_between(first, last):
        return title
    return rest


@lru_cache(maxsize=1)
def _iso_weekdays() -> dict[str, int]:
    """Weekday words by ISO number, to read a Day column against the days an entry holds."""
    return {row["word"]: int(row["iso"]) for row in load_table("en", "weekdays")}


def _weekdays_between(first: date, last: date) -> set[int]:
    """The ISO weekdays from ``first`` to ``last``; a week or more holds them all."""
    span = min((last - first).days, 6)
    return {(first + timedelta(days=k)).isoweekday() for k in range(span + 1)}


_DATE_PIECE = re.compile(r"[^\W\d_]+|\d+")


def only_dates(name: str) -> bool:
    """Every piece of ``name`` is a number, an ordinal ending after one, a month or a weekday."""
    pieces = list(_DATE_PIECE.finditer(name))
    months, days, endings = month_words(), weekday_words(), ordinal_endings()
    for k, piece in enumerate(pieces):
        word = piece.group().lower()
        if word.isdigit() or word in months or word in days:
            continue
        if word in endings and k and pieces[k - 1].group().isdigit() and pieces[k - 1].end() == piece.start():
            continue
        return False
    return bool(pieces)


def several_days(title: str) -> bool:
    """A title that is only a run of days, each with its own month ("19th Aug9th Sept23rd"): a
    row of dates, not a name; one day or one month's days ("4th JULY", "2nd & 3rd JULY", "Fri
    11:00") may still head a real entry."""
    months = sum(piece.lower() in month_words() for piece in _DATE_PIECE.findall(title))
    return only_dates(title) and months >= 2
