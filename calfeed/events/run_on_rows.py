"""A table flattened onto one line, each row a number, a name and a day: "Clinic Date 1 Harrow Lane
Clinic (North) Monday, 12 May 2031 2 Pelling Road Health Centre Tuesday, 13 May 2031 3 ...". A page
copied from a table without its cell breaks writes its rows so; with no event noun and no verb, each
day was dropped without a word. Split at its row numbers (1, 2, 3, ... in turn, each right after the
day before, the first after a few heading words), each row is an entry on its day, titled by its name.
Only a run of MIN_ROWS such rows counts: prose seldom numbers three things in turn before their days.
One pass over each line's dates: a page written on one line holds them all."""

from __future__ import annotations

import re

from calfeed.model import Timex
from calfeed.text import LineIndex

MIN_ROWS = 3
MAX_HEADING_WORDS = 4       # "School Date", "Clinic Date Opening": the header cells before row 1
MAX_NAME = 90               # characters of a row's name
_ROW_NUMBER = re.compile(r"[^\S\n]*(\d{1,3})[^\S\n]+")
_FIRST_NUMBER = re.compile(r"(?:^|[^\S\n])1[^\S\n]+", re.MULTILINE)   # "^": any line start, not the text's only
RUN_ON_ROW_NOTE = "a row of a table flattened onto one line, named by its name cell"


def run_on_rows(text: str, ordered: list[Timex]) -> dict[int, str]:
    """Where each day of a flattened table's rows starts -> the row's name."""
    lines = LineIndex(text)
    names: dict[int, str] = {}
    group: list[Timex] = []
    line_at = -1
    for timex in ordered:
        if timex.type != "DATE" or timex.interval is None or timex.interval.granularity != "day":
            continue
        start = lines.start(timex.start)
        if start != line_at:
            names.update(_rows(text, line_at, group))
            group, line_at = [], start
        group.append(timex)
    names.update(_rows(text, line_at, group))
    return names


def _rows(text: str, line_start: int, days: list[Timex]) -> dict[int, str]:
    if len(days) < MIN_ROWS:
        return {}
    found: dict[int, str] = {}
    before = line_start
    for number, day in enumerate(days, 1):
        if day.start < before:
            return {}
        if number == 1:
            mark = _FIRST_NUMBER.search(text, before, day.start)
            heading = text[before:mark.start()].split() if mark else []
            if mark is None or len(heading) > MAX_HEADING_WORDS or any(c.isdigit() for w in heading for c in w):
                return {}
            name_at = mark.end()
        else:
            mark = _ROW_NUMBER.match(text, before, day.start)
            if mark is None or int(mark.group(1)) != number:
                return {}
            name_at = mark.end()
        name = " ".join(text[name_at:day.start].split()).rstrip(" ,–—-")
        if not name or len(name) > MAX_NAME or not (name[0].isupper() or name[0] == "("):
            return {}
        found[day.start] = name
        before = day.end
    return found
