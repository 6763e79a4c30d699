"""A weekly weekday told in the block of a run's dates: a theatre's "Thursday, 7 to Saturday 9
February at 8 pm" / "Wednesday, 13 to Saturday 16 February at 8 pm" over "Matinees both Saturdays at
2 pm", a festival's "The festival runs 12 - 27 June" over "Family workshops every Saturday at 10am".
The page says which of the runs' days hold something more: the weekday is those days, one entry
each, not an open weekly series counted from the page's date. A run is a written stretch of days,
a month at most (a term's or a season's weeks are a series' bounds, left to the readers of those);
the runs stand on the lines next to the weekday's line (blank lines between allowed), above it or,
with none there, below it."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, datetime, timedelta

from calfeed.events.candidates import Candidate
from calfeed.model import Timex
from calfeed.rrules import WEEKDAY_CODES
from calfeed.text import by_line, line_spans
from calfeed.timex.rawvalue import core_of

MAX_RUN_DAYS = 31
RUN_NOTE = "the weekday of the runs written next to it: one entry on each of their days that bears its name"
_OPEN_WEEKLY = re.compile(r"FREQ=WEEKLY;BYDAY=([A-Z]{2})")
_WEEKDAY_SET = re.compile(r"XXXX-WXX-[1-7](?:T|\Z)")


def run_weekdays(candidates: list[Candidate], text: str, ordered: list[Timex]) -> list[Candidate]:
    """``candidates`` with each open weekly weekday next to a block of runs replaced by one entry
    on each day of the runs that bears its name."""
    found = [t for t in ordered if _run(t) is not None]
    if not found:
        return candidates
    lines = line_spans(text)
    starts = [start for start, _ in lines]
    runs = {k: [stretch for t in timexes if (stretch := _run(t)) is not None]
            for k, timexes in by_line(lines, found).items()}
    out: list[Candidate] = []
    for cand in candidates:
        days = _run_days(cand, text, lines, bisect_right(starts, cand.timex.start) - 1, runs)
        if not days:
            out.append(cand)
            continue
        timing = cand.timing
        for day in days:
            start = datetime.combine(day, timing.start.time()) if isinstance(timing.start, datetime) else day
            end = None
            if isinstance(timing.end, datetime) and isinstance(timing.start, datetime):
                end = start + (timing.end - timing.start)
            out.append(replace(cand, timing=replace(timing, start=start, end=end if not timing.all_day else day,
                                                    rrule=None, from_reference=False, notes=[*timing.notes, RUN_NOTE]),
                               exdates=[]))
    return out


def _run(timex: Timex) -> tuple[date, date] | None:
    """The first and last day of a written stretch of days ("7 to Saturday 9 February at 8 pm")."""
    if timex.type not in ("DATE", "TIME") or timex.interval is None or timex.end_interval is None:
        return None
    first, last = timex.interval.start.date(), timex.end_interval.start.date()
    return (first, last) if 0 < (last - first).days <= MAX_RUN_DAYS else None


def _run_days(cand: Candidate, text: str, lines: list[tuple[int, int]], own: int,
              runs: dict[int, list[tuple[date, date]]]) -> list[date]:
    """The days of the runs next to the candidate's line (``own``, an index of ``lines``) bearing
    its weekday; [] when it is no open weekly weekday or no runs stand next to it. ``runs``: the
    page's runs by the index of their line."""
    timing = cand.timing
    found = _OPEN_WEEKLY.fullmatch(timing.rrule or "")
    if cand.timex.type != "SET" or found is None or not _WEEKDAY_SET.match(core_of(cand.timex.raw_value or cand.timex.value)):
        return []
    weekday = WEEKDAY_CODES.index(found.group(1)) if found.group(1) in WEEKDAY_CODES else -1
    if weekday < 0:
        return []
    block = _adjacent(text, lines, own, runs, -1) or _adjacent(text, lines, own, runs, 1)
    days = {first + timedelta(days=k) for first, last in block for k in range((last - first).days + 1)}
    return sorted(d for d in days if d.weekday() == weekday)


def _adjacent(text: str, lines: list[tuple[int, int]], own: int, runs: dict[int, list[tuple[date, date]]],
              step: int) -> list[tuple[date, date]]:
    """The runs of the lines next to line ``own`` walking by ``step``, blank lines passed over, up
    to the first line with words and no run."""
    found: list[tuple[date, date]] = []
    k = own + step
    while 0 <= k < len(lines):
        if runs.get(k):
            found.extend(runs[k])
        elif text[lines[k][0]:lines[k][1]].strip():
            break
        k += step
    return found
