"""Years a holiday named beside its own day fixes: "PALM SUNDAY (April 14, Masses at ...)",
"Easter Sunday, April 21", "Good Friday (April 19 at 7 pm)", "April 18, Holy Thursday".

A movable holiday falls on a written day only in some years (Palm Sunday on 14 April: 2019
and 2030), so a page that writes no year but names its feasts beside their days says its
year. The holiday's own timex is no help (resolved alone it lands in whatever year it was
read in, and a holiday written in capitals or swallowed by its weekday is no timex at all),
so the name is read from the words right before or after the day, with only punctuation
between. A fixed-date holiday ("Christmas, December 25") fits every year and says nothing;
a named season ("Holy Week") names no one day.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from calfeed.model import Timex
from calfeed.timex import periods
from calfeed.timex.rawvalue import CALENDAR, parse
from calfeed.timex.vocabulary import norm, vocabulary

MAX_NAME_WORDS = 3          # the longest holiday name looked for ("Feast of Pentecost" and shorter)
_GAP_BEFORE = re.compile(r"[\s,(:\u2013\u2014-]*$")
_GAP_AFTER = re.compile(r"[\s,):\u2013\u2014-]*")
_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")
_TRAILING = re.compile(r"(?:[^\W\d_][\w'\u2019]*[ \t]+){0,%d}[^\W\d_][\w'\u2019]*$" % (MAX_NAME_WORDS - 1))
NAME_REACH = 60             # characters before a day searched for the holiday's name
_WEEKDAY_HEAD = re.compile(r"[^\W\d_]+\.?,?\s*\(?\s*")      # "Sunday, " in "Sunday, April 21"


def _written_day(timex: Timex) -> tuple[int, int] | None:
    """(month, day) of a year-less day written with its month ("April 14", "Sunday, April 21")."""
    if timex.type not in ("DATE", "TIME"):
        return None
    raw = parse(timex.raw_value or timex.value)
    m = CALENDAR.match(raw.core)
    if m is None or m.group("year") != "XXXX" or not (m.group("month") or "").isdigit() \
            or not (m.group("day") or "").isdigit():
        return None
    return int(m.group("month")), int(m.group("day"))


def _name_at_end(words: list[str], lang: str) -> dict[str, str] | None:
    holidays = vocabulary(lang).holidays
    for n in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        key = norm(" ".join(words[-n:]))
        if dict.__contains__(holidays, key):
            return holidays[key]
    return None


def _name_at_start(words: list[str], lang: str) -> dict[str, str] | None:
    holidays = vocabulary(lang).holidays
    for n in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        key = norm(" ".join(words[:n]))
        if dict.__contains__(holidays, key):
            return holidays[key]
    return None


def _trailing_words(text: str) -> list[str]:
    """The words at the end of ``text`` that run on with spaces only ("PASSION/PALM SUNDAY": PALM, SUNDAY)."""
    match = _TRAILING.search(text[-NAME_REACH:])
    return match.group().split() if match else []


def holiday_pairs(text: str, timexes: list[Timex], lang: str = "en") -> list[tuple[dict[str, str], int, int, Timex]]:
    """(holiday row, month, day, the day's timex) for each year-less day a movable holiday names."""
    out = []
    for timex in timexes:
        written = _written_day(timex)
        if written is None:
            continue
        line_start = text.rfind("\n", 0, timex.start) + 1
        line_end = text.find("\n", timex.end)
        line_end = len(text) if line_end < 0 else line_end
        head = text[line_start:timex.start]
        if parse(timex.raw_value or timex.value).get("wd"):     # "Sunday, April 21": the name ends in the weekday
            weekday = _WEEKDAY_HEAD.match(timex.text)
            if weekday is not None:
                head += timex.text[:weekday.end()]
        head = head[:_GAP_BEFORE.search(head).start()]
        row = _name_at_end(_trailing_words(head), lang)
        if row is None:
            tail = text[timex.end:line_end]
            tail = tail[_GAP_AFTER.match(tail).end():]
            row = _name_at_start([m.group() for m in _WORD.finditer(tail[:60])], lang) if tail[:1].isalpha() else None
        if row is None or row.get("kind") == "fixed" or row.get("through"):
            continue
        out.append((row, *written, timex))
    return out


def _written_weekday(timex: Timex) -> int | None:
    """The weekday written with the day (ISO number), if any: "Wednesday 27 March" is no Easter
    Sunday, whatever year puts Easter on 27 March."""
    weekday = parse(timex.raw_value or timex.value).get("wd")
    return int(weekday) if weekday else None


def holiday_year(text: str, timexes: list[Timex], today: date, first_year: int, last_year: int,
                 lang: str = "en") -> tuple[int, list[tuple[date, Timex]]] | None:
    """The latest year in ``first_year``..``last_year`` on whose days most of the holidays named
    beside their days fall, whose first such day is not after ``today``, with those days."""
    pairs = holiday_pairs(text, timexes, lang)
    if not pairs:
        return None
    votes: Counter[int] = Counter()
    fitting: dict[int, list[tuple[date, Timex]]] = {}
    weekdays = [_written_weekday(timex) for *_, timex in pairs]
    for year in range(first_year, last_year + 1):
        for (row, month, day, timex), weekday in zip(pairs, weekdays):
            try:
                written = date(year, month, day)
            except ValueError:
                continue
            if periods.named_day(year, row) == written and weekday in (None, written.isoweekday()):
                votes[year] += 1
                fitting.setdefault(year, []).append((written, timex))
    if not votes:
        return None
    best = max(votes.values())
    if 2 * best <= len(pairs):
        return None                 # the names and days disagree more than they agree
    years = [y for y, n in votes.items() if n == best and min(d for d, _ in fitting[y]) <= today]
    if not years:
        return None
    year = max(years)
    return year, sorted(fitting[year], key=lambda pair: pair[0])
