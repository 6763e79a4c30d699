"""Years a list's dated rows give the year-less rows among them: "5th March 2018 | meeting",
"12th - 15th March | Publicity", "16th March 2018 | consultation opens".

A timeline, a fixture list or a school diary writes the year on most of its rows and leaves
it off a few ("26th April & 8th May", "21st May to 9th July"). Those rows are that list's,
so they take their year from the dated rows around them, not from the page's date (often
only guessed from tense, and a year off when the guess goes wrong). A row between two dated
rows takes the year that puts it between them ("January" between "December 2017" and
"February 2018" is 2018's); a row above the first dated row or below the last takes the
year that keeps the list in its order, which the list's dated rows show (two at least).

A row is a list item or table row, a cell of a table written one cell a line (the line
ends with ``|``), or a line a date opens. The dated rows are rows a date with its year
opens (in a table row or list item, stands first, after its label if any: words set off by a
colon, bar or dash, or a few words; an item that tells its date inside a sentence is a notice
among unrelated notices, not a row); a row's
year-less dates are given a year; a heading line ends the list. A year-less day in brackets after
its row's date ("Sunday 6 – Sunday 20 October 2030 (booking opens August 25)") is an aside about that
row, not a row of its own: it takes the year that puts it nearest the row's day, before or after it. A day whose
written weekday breaks the year found is left to the resolver (the weekday says more).
Like :mod:`section_years`, this works on the raw values before resolution, and gives way
to the years those rules find (a year written in the sentence, a section's heading).
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import NamedTuple, Sequence

from calfeed.model import Timex
from calfeed.timex.rawvalue import CALENDAR, core_of, parse
from calfeed.timex.section_years import is_heading, is_item, item_mark, text_lines

_SKIP = ("yr", "dir")           # "next March", "last year's May": the year is said otherwise
_SPACE = re.compile(r"[ \t]*")
MIN_DATED_ROWS = 2              # a list shows its order by two dated rows at least
LABEL_ENDS = ":|–—-("           # a label is set off from its date by one of these
MAX_ROW_LABEL_WORDS = 3         # or is this short ("Prize-giving", "Show opens")


class _Row(NamedTuple):
    """A dated row: where it opens, and the day (or month's first day) its date names."""

    start: int
    day: date


def _month_day(core: str) -> tuple[int, int] | None:
    """(month, day) of a calendar core that writes its month (day 0 when it writes none)."""
    m = CALENDAR.match(core)
    if m is None or m.group("week") or not (m.group("month") or "").isdigit():
        return None
    day = m.group("day")
    return int(m.group("month")), int(day) if (day or "").isdigit() else 0


def _on(year: int, key: tuple[int, int]) -> date | None:
    try:
        return date(year, key[0], key[1] or 1)
    except ValueError:
        return None


def _a_row(line: str, opened: bool) -> bool:
    """A list item, table row or cell line, or a line its date opens (``opened``)."""
    return opened or is_item(line) or line.rstrip().endswith("|")


def row_years(timexes: Sequence[Timex], text: str, given: dict[int, str]) -> dict[int, str]:
    """Index (in ``timexes``, sorted by start) -> the raw core with the year its list's dated
    rows give it. ``given``: the years other rules already gave (those dates keep them, and
    count as dated)."""
    if "\n" not in text:
        return {}
    cores = [given.get(i) or core_of(t.raw_value or t.value) for i, t in enumerate(timexes)]
    if not any(c.startswith("XXXX") for c in cores):
        return {}
    if sum(c[:4].isdigit() and c[4:5] == "-" and c[5:7].isdigit() for c in cores) < MIN_DATED_ROWS:
        return {}       # fewer cores that write a year and a month than a list's dated rows need
    starts = [t.start for t in timexes]
    blocks: list[tuple[list[_Row], list[int]]] = [([], [])]
    asides: dict[int, date] = {}      # a year-less day in brackets after its row's date -> that date
    for line in text_lines(text):
        if not line.text.strip():
            continue
        if is_heading(line.text) and not is_item(line.text):
            if blocks[-1][0] or blocks[-1][1]:
                blocks.append(([], []))
            continue
        mark = item_mark().match(line.text)
        first = line.start + _SPACE.match(line.text, mark.end() if mark else 0).end()
        on_line = range(bisect.bisect_left(starts, line.start), bisect.bisect_left(starts, line.end))
        # A table row's or list item's date may stand after its label ("| Survey closes | 1 March
        # 2021 |", "- Entries close: 14 March 2019").
        opened = bool(on_line) and (starts[on_line[0]] == first
                                    or mark is not None and _a_label(text[first:starts[on_line[0]]]))
        if not _a_row(line.text, opened):
            continue
        rows, open_ = blocks[-1]
        row_day: date | None = None      # the day of the dated row this line opens
        for index in on_line:
            timex = timexes[index]
            if timex.type not in ("DATE", "TIME"):
                continue
            raw = parse(timex.raw_value or timex.value)
            if any(raw.get(k) for k in _SKIP):
                continue
            key = _month_day(cores[index])
            if key is None:
                continue
            if cores[index][:4].isdigit():
                day = _on(int(cores[index][:4]), key)
                if opened and index == on_line[0] and day is not None:
                    rows.append(_Row(timex.start, day))
                    row_day = day
            elif cores[index].startswith("XXXX") and index not in given and (key[1] or index == on_line[0]):
                open_.append(index)
                if row_day is not None and _bracketed(text, timexes[on_line[0]].end, timex.start):
                    asides[index] = row_day
    out: dict[int, str] = {}
    for rows, open_ in blocks:
        for index in open_:
            key = _month_day(cores[index])
            year = _nearest_year(asides[index], key) if index in asides else _year_among(rows, timexes[index].start, key)
            if year is None or not _weekday_fits(timexes[index], year, key):
                continue
            out[index] = f"{year:04d}{cores[index][4:]}"
    return out


def _a_label(before: str) -> bool:
    """Whether the words between a list item's mark and its first date are a label ("Entries
    close:", "| Survey closes |", "Registration opens –", "Judging"), not the start of a sentence
    ("The parish picnic will be held on"): an item that tells its date inside a sentence is a
    notice among unrelated notices, and the list is no timeline whose order gives years."""
    words = before.split()
    return not words or before.rstrip()[-1] in LABEL_ENDS or len(words) <= MAX_ROW_LABEL_WORDS


def _bracketed(text: str, row_end: int, at: int) -> bool:
    """Whether a bracket opened after the row's date is still open at ``at``: "Sunday 6 – Sunday 20
    October 2030 (booking opens August 25)" writes an aside about that row."""
    between = text[row_end:at]
    return between.rfind("(") > between.rfind(")")


def _nearest_year(row_day: date, key: tuple[int, int] | None) -> int | None:
    """The year that puts a bracketed aside's day nearest its row's day: an aside tells of days
    around the row's ("(booking opens August 25)" weeks before an October run is that year's; "(minutes
    by 4 January)" after a 29 December meeting is the next year's), whichever side of it they fall."""
    if key is None:
        return None
    days = [d for year in (row_day.year - 1, row_day.year, row_day.year + 1) if (d := _on(year, key)) is not None]
    return min(days, key=lambda d: abs((d - row_day).days)).year if days else None


def _year_among(rows: list[_Row], at: int, key: tuple[int, int] | None) -> int | None:
    """The year that puts a row written at ``at`` among the dated ``rows`` in their order."""
    if key is None or len(rows) < MIN_DATED_ROWS:
        return None
    days = [r.day for r in rows]
    rising = days == sorted(days)
    ordered = rising or days == sorted(days, reverse=True)
    at_row = bisect.bisect_left([r.start for r in rows], at)
    above = rows[at_row - 1].day if at_row > 0 else None
    below = rows[at_row].day if at_row < len(rows) else None
    if above is not None and below is not None:
        low, high = min(above, below), max(above, below)
        if low.year == high.year and ordered:
            return low.year
        if not ordered and above > below:
            return None             # dated rows out of order around it: no order to keep
        # Out of order as a whole (a page of several lists, a slip in a heading), a row still lies
        # between the rising dated rows either side of it when one year puts it there ("June 2025" /
        # "Monday 16 June 2025" / "Tuesday 17 June" / "July 2025").
        fitting = [y for y in range(low.year, high.year + 1) if (d := _on(y, key)) and low <= d <= high]
        return fitting[0] if len(fitting) == 1 else None
    if not ordered or len(set(days)) < MIN_DATED_ROWS:
        return None                 # out of order, or one day written twice (a byline's stamp over the
                                    # dateline): the list shows no order to keep
    near = above if above is not None else below
    on = _on(near.year, key)
    if on is None:
        return None
    later = (above is not None) == rising       # the row lies after its dated neighbour
    if later:
        return near.year + (on < near)
    return near.year - (on > near)


def _weekday_fits(timex: Timex, year: int, key: tuple[int, int] | None) -> bool:
    """A day written with its weekday ("Friday 24th March") keeps the year that weekday fits."""
    weekday = parse(timex.raw_value or timex.value).get("wd")
    if not weekday or not weekday.isdigit() or key is None or not key[1]:
        return True
    day = _on(year, key)
    return day is not None and day.isoweekday() == int(weekday)
