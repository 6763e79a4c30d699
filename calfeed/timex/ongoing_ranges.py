"""Year-less ranges under way: two year-less days or months that a range word joins ("the
June-September monsoon rains", "runs from 1 March to 30 April"), told in the present, whose
span in the current year holds the document's date.

The calendar view joins such a pair into one range, and the resolver gives it the current year
(resolver._ongoing). TimeML tags the two ends apart, and each end alone, told in the present,
goes to its next occurrence: a monsoon "June-September" in a September story became next year's
June and, to keep the order, next year's September. Here both ends get the years of the span under
way, as raw cores with their year (by index), for one more resolution pass.
"""

from __future__ import annotations

from datetime import datetime

from calfeed.model import Interval, Timex
from calfeed.timex import periods
from calfeed.timex.connectors import connectors
from calfeed.timex.rawvalue import CALENDAR, parse

GRAINS = ("day", "month")   # the grains a year-less range is written in
GAP_MAX = 24                # characters a range word with its spaces may take (compose's reach)
_SAID_OTHERWISE = ("yr", "dir", "wd", "to")   # "next June", a weekday that fits one year, a joined range


def year_before(interval: Interval) -> Interval:
    """The same month, day or moment a year earlier (ValueError for 29 February)."""
    first = interval.start
    if interval.granularity == "month":         # months differ in length only in February
        return periods.month(first.year - 1, first.month)
    start = first.replace(year=first.year - 1)
    return Interval(start, start + (interval.end - interval.start), interval.granularity)


def _yearless_core(timex: Timex) -> str | None:
    """The raw core of a date written with its month (and perhaps its day) but no year, else None."""
    raw = parse(timex.raw_value or timex.value)
    m = CALENDAR.match(raw.core)
    if (m is None or m.group("year") != "XXXX" or not (m.group("month") or "").isdigit() or m.group("time")
            or any(raw.get(key) for key in _SAID_OTHERWISE)):
        return None
    return raw.core


def _placed(found: Timex) -> bool:
    return found.type == "DATE" and found.interval is not None and found.interval.granularity in GRAINS


def ongoing_years(ordered: list[Timex], out: list[Timex], shared: dict[int, str], text: str,
                  reference: datetime, lang: str) -> dict[int, str]:
    """The raw cores, with their year, of both ends of each year-less range under way (by index)."""
    link = connectors(lang)["range"]
    day = datetime(reference.year, reference.month, reference.day)
    moved: dict[int, str] = {}
    for i in range(len(ordered) - 1):
        left, right = ordered[i], ordered[i + 1]
        first, last = out[i], out[i + 1]
        if i in shared or i + 1 in shared or not _placed(first) or not _placed(last):
            continue
        if first.interval.granularity != last.interval.granularity or not first.interval.start > day:
            continue
        if right.start - left.end > GAP_MAX or "\n" in text[left.end:right.start] \
                or not link.fullmatch(text, left.end, right.start):
            continue
        cores = _yearless_core(left), _yearless_core(right)
        if cores[0] is None or cores[1] is None:
            continue
        try:
            start, end = year_before(first.interval), year_before(last.interval)
        except ValueError:      # 29 February
            continue
        if not start.start <= day < end.end or (left.tense or "present") != "present":   # the tense last: costly
            continue
        moved[i] = f"{start.start.year:04d}" + cores[0][4:]
        moved[i + 1] = f"{end.start.year:04d}" + cores[1][4:]
    return moved
