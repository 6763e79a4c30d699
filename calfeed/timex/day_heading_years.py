"""Years a day heading gives the days written under it: "PALM SUNDAY- April 2, 2023" over
"Saturday (April 2): 5 pm" / "Sunday: 9:00 am, ...".

A programme by day (a parish's Holy Week, a festival's weekend, a conference's days) writes each
day once in full as a heading line, and a row under it may write a day again without its year,
for the eve or a restated day. That day is the heading's week's: it takes the heading's year
when it falls within a few days of the heading's day in it; a bare weekday on a short row
("Sunday: 9:00 am") is the one within NEAR_DAYS of the heading's day, when the heading names
its weekday (a week's opening hours under "Starts Sept. 6, 2023" are no restated days). Its written weekday does not move it
to another year (a slip of the page, "Saturday (April 2)" under a Sunday 2 April, says the row
belongs here, not to a year where 2 April is a Saturday). The rows run to the next line that
writes a day with its year, and at most MAX_ROW_LINES lines. A heading is a short line: the
day and a few words (MAX_HEADING_WORDS), no sentence. Like :mod:`section_years`, this works on
the raw values before resolution.
"""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, timedelta
from typing import Sequence

from calfeed.model import Timex
from calfeed.timex.lexicon import load_table
from calfeed.timex.rawvalue import BARE_WEEKDAY
from calfeed.timex.section_years import open_core

MAX_HEADING_WORDS = 5     # "HOLY SATURDAY/ EASTER VIGIL, April 8, 2023"
MAX_ROW_LINES = 8         # lines under the heading its rows may stand on
NEAR_DAYS = 3             # a restated day or an eve: days from the heading's day
_FULL_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_OPEN_DAY = re.compile(r"XXXX-(\d{2})-(\d{2})")
_WORD = re.compile(r"[^\W\d_]+")
MAX_ROW_CHARS = 100       # a longer line is prose: its weekday is left to the tense


@lru_cache(maxsize=1)
def _weekday_words() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in load_table("en", "weekdays"))


def _names_weekday(heading: str) -> bool:
    """Whether a heading's day names its weekday ("SUNDAY- April 2, 2023"): rows under it that give
    only a weekday ("Sunday:", "Saturday:") restate it or name its eve; under a bare date ("Starts
    Sept. 6, 2023") a list of weekdays is a week's opening hours, left to the resolver."""
    return any(word.lower() in _weekday_words() for word in _WORD.findall(heading))


def _short_row(text: str, timex: Timex) -> bool:
    start = text.rfind("\n", 0, timex.start) + 1
    end = text.find("\n", timex.end)
    return (len(text) if end < 0 else end) - start <= MAX_ROW_CHARS


def _heading_day(timex: Timex, text: str) -> date | None:
    """The day a heading line writes in full, when the line is a short heading."""
    value = timex.raw_value or timex.value
    if timex.type != "DATE" or len(value) != 10:       # (ten characters: the pattern is asked of few values)
        return None
    match = _FULL_DAY.fullmatch(value)
    if match is None:
        return None
    start = text.rfind("\n", 0, timex.start) + 1
    end = text.find("\n", timex.end)
    end = len(text) if end < 0 else end
    if end - start > MAX_ROW_CHARS:
        return None           # a line of prose, no heading
    rest = text[start:timex.start] + " " + text[timex.end:end]
    if len(_WORD.findall(rest)) > MAX_HEADING_WORDS or re.search(r"[^\W\d_]\.\s", rest + " ") or ":" in rest:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def day_heading_years(timexes: Sequence[Timex], text: str) -> dict[int, str]:
    """Index of each year-less day under a day heading -> the heading's year (or the next or the
    last, across a new year), when the day falls within NEAR_DAYS of the heading's day."""
    out: dict[int, str] = {}
    for index, timex in enumerate(timexes):
        heading = _heading_day(timex, text)
        if heading is None:
            continue
        limit = text.find("\n", timex.end)
        for _ in range(MAX_ROW_LINES):
            if limit < 0:
                break
            limit = text.find("\n", limit + 1)
        limit = len(text) if limit < 0 else limit
        for later in range(index + 1, len(timexes)):
            row = timexes[later]
            if row.start > limit or _FULL_DAY.match(row.raw_value or row.value or ""):
                break
            weekday = BARE_WEEKDAY.fullmatch(row.raw_value or "")
            if weekday is not None and _short_row(text, row) and _names_weekday(timex.text):
                offset = (int(weekday.group(1)) - heading.isoweekday() + NEAR_DAYS) % 7 - NEAR_DAYS
                out[later] = (heading + timedelta(days=offset)).isoformat()   # "Sunday:" under Sunday 2 April
                continue
            core = open_core(row)
            open_day = _OPEN_DAY.fullmatch(core) if core else None
            if open_day is None:
                continue
            for year in (heading.year, heading.year - 1, heading.year + 1):
                try:
                    day = date(year, int(open_day.group(1)), int(open_day.group(2)))
                except ValueError:
                    continue
                if abs((day - heading).days) <= NEAR_DAYS:
                    out[later] = f"{year:04d}" + core[4:]
                    break
    return out
