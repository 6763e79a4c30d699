"""The years of a year-less list read down the page as one sequence ("September 1: Submissions
open" … "January 15: Program posted" … "March 27: Annual meeting begins").

A human reads the rows of one list in order: each falls on or after the row before, and a
month earlier than the one above is the next year's. What is left open is where the chain as
a whole sits. When every row read alone (by its tense, or as the nearest such day) falls
before the document's date, the chain is the last one before it. Otherwise it is the one
holding the document's date, or the nearest after it: a page lists the dates still to come
("June 1" … "Feb. 28" on a page of 1 March is the coming year's, not a list that ended the
day before), and a list running when the page was written keeps its first rows behind it
("Start Date: January 1st" on a page of 10 January is that January, not the next). A document
read as announcing what it lists (``forward``: no date of its own, counted from the build
day looking ahead) puts the whole chain ahead; when no date of the page is written with a
year, the list is a cycle that comes round every year ("June 1 – Session proposals are due"
… "Feb. 28 – ... applications are due") and each row is its next occurrence, so the rows
after the turn of the year are not pushed into the cycle after next. A row
with its own year right below the chain or right above it bounds it: the list runs into it. Anchoring the
chain on its first row alone let one row's tense ("Submissions open" read ahead) push the
whole list a year on, and let a row read alone ("Program posted", a past) break the order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from calfeed.model import Timex
from calfeed.timex.rawvalue import CALENDAR, parse


_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class Chain:
    """Indexes (in the ordered timexes) of a list's rows, and the turns of the year above each."""
    items: tuple[int, ...]
    turns: tuple[int, ...]


def _month_day(timex: Timex) -> tuple[int, int]:
    match = CALENDAR.match(parse(timex.raw_value or timex.value).core)
    day = match.group("day")
    return int(match.group("month")), int(day) if day and day.isdigit() else 0


def _days(chain: Chain, ordered: list[Timex], year: int) -> list[date] | None:
    """The chain's days (a month's first day for a month) with its first row in ``year``."""
    out = []
    for index, turn in zip(chain.items, chain.turns):
        month, day = _month_day(ordered[index])
        try:
            out.append(date(year + turn, month, day or 1))
        except ValueError:          # 29 February outside a leap year
            return None
    return out


def _distance(first: date, last: date, day: date) -> int:
    return 0 if first <= day <= last else min(abs((first - day).days), abs((day - last).days))


def _next_line_day(text: str, ordered: list[Timex], out: list[Timex], index: int, step: int) -> date | None:
    """The day, with its own year, of the row right below (``step`` 1) or above (-1) the row of
    ``ordered[index]`` ("Dec. 4 …" then "Jan. 4, 2023 Late-breaking abstract submission deadline"):
    the list runs on into it, so it bounds the chain."""
    near = index + step
    if not 0 <= near < len(ordered) or out[near].interval is None or out[near].end_interval is not None:
        return None
    first, second = sorted((ordered[index].start, ordered[near].start))
    if text[first:second].count("\n") - text[first:second].count("\n\n") != 1:
        return None             # not on the next line (a blank line between is one break)
    if not _YEAR.match(parse(ordered[near].raw_value or ordered[near].value).core):
        return None
    return out[near].interval.start.date() if out[near].interval.granularity == "day" else None


def chain_years(chains: list[Chain], ordered: list[Timex], out: list[Timex],
                reference: datetime, text: str = "", forward: bool = False) -> tuple[dict[int, str], list[Chain]]:
    """Index -> raw core with the year the chain gives it (only where that differs from the row
    read alone), and the chains no year fits (left to be read one row after the other)."""
    years: dict[int, str] = {}
    unfitted: list[Chain] = []
    today = reference.date()
    cycle = forward and not any(_written_year(t) for t in ordered)
    for chain in chains:
        if cycle:      # a page of year-less key dates, undated: a yearly cycle, each row its next occurrence
            years.update(_next_occurrences(chain, ordered, out, today))
            continue
        alone = [out[i].interval for i in chain.items]
        if any(interval is None for interval in alone):
            unfitted.append(chain)
            continue
        starts = [interval.start.date() for interval in alone]
        behind = all(interval.end.date() <= today for interval in alone)
        ceiling = _next_line_day(text, ordered, out, chain.items[-1], 1)
        floor = _next_line_day(text, ordered, out, chain.items[0], -1)
        candidates = {day.year - turn + shift for day, turn in zip(starts, chain.turns) for shift in (-1, 0, 1)}
        best: tuple[tuple[int, int, int], int] | None = None
        for year in sorted(candidates):
            days = _days(chain, ordered, year)
            if days is None:
                continue
            first, last = min(days), max(days)     # a row out of order may close the list
            if ceiling is not None or floor is not None:
                if ceiling is not None and last > ceiling or floor is not None and first < floor:
                    continue
                year = -year            # bound by a dated row: the chain nearest it
            elif (last >= today) == behind or forward and first < today:
                continue
            agree = sum(day == alone_day for day, alone_day in zip(days, starts))
            if year < 0:
                key = ((first - floor).days if floor else (ceiling - last).days, -agree, 0)
                year = -year
            else:
                key = (_distance(first, last, today), -agree, year if not behind else -year)
            if best is None or key < best[0]:
                best = (key, year)
        if best is None:
            unfitted.append(chain)
            continue
        for index, day, alone_day in zip(chain.items, _days(chain, ordered, best[1]), starts):
            if day.year != alone_day.year:
                core = parse(ordered[index].raw_value or ordered[index].value).core
                years[index] = f"{day.year:04d}" + core[4:]
    return years, unfitted


def _written_year(timex: Timex) -> bool:
    """A date written with its year ("June 1, 2027"): the page is tied to a year."""
    return timex.type in ("DATE", "TIME") and _YEAR.match(parse(timex.raw_value or timex.value).core) is not None


def _next_occurrences(chain: Chain, ordered: list[Timex], out: list[Timex], today: date) -> dict[int, str]:
    """Each row of a yearly cycle at its next day (month) on or after ``today`` ("Dec. 15" and
    "Feb. 28" under "June 1" on 30 November 2026: 15 December 2026 and 28 February 2027, not
    the next cycle's); only where that differs from the row read alone."""
    years: dict[int, str] = {}
    for index in chain.items:
        month, day = _month_day(ordered[index])
        alone = out[index].interval
        if alone is None:
            continue
        year = today.year
        try:
            if (date(year, month, day) < today) if day else month < today.month:
                year += 1
            date(year, month, day or 1)
        except ValueError:          # 29 February outside a leap year
            continue
        if year != alone.start.year:
            core = parse(ordered[index].raw_value or ordered[index].value).core
            years[index] = f"{year:04d}" + core[4:]
    return years
