"""A year slip that the day's own weekday corrects.

"... will reconvene on Thursday 25th June 2019" in a notice of June 2020: 25 June 2019 was a
Tuesday, 25 June 2020 a Thursday. A writer copying last year's notice leaves the year behind far
more often than the weekday and the day together; when the weekday written with a full date does
not fall on it, but does fall on the same day one year on or back, the year the page is of (its
reference date's), the date is that day. Only a one-year slip to the page's own year is read
so: a weekday that fits no such year is left to the tense and the writer.
Run on the document's second resolution (pipeline), not by the tagger, so a corpus of news read
against its own dates is untouched.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from calfeed.model import Interval, ReferenceDate, Timex
from calfeed.timex.undated import day_in
from calfeed.timex.vocabulary import vocabulary

DAY_GRANULARITIES = ("day", "partofday", "hour", "minute", "second")


def slipped_years(timexes: list[Timex], reference: ReferenceDate) -> list[Timex]:
    """``timexes`` with each full date whose written weekday shows a one-year slip moved to the
    year its weekday and the page's year agree on."""
    if reference.value is None:
        return timexes
    return [_mended(t, reference.value) or t for t in timexes]


def _mended(timex: Timex, page: date) -> Timex | None:
    """The timex moved to the year its weekday fits, or None when nothing is to mend."""
    if (timex.type not in ("DATE", "TIME") or timex.interval is None or timex.problem
            or timex.interval.granularity not in DAY_GRANULARITIES or timex.end_interval is not None
            or not (timex.raw_value or timex.value)[:4].isdigit()):
        return None
    iso = _leading_weekday(timex.text)
    day = timex.interval.start.date()
    if iso is None or day.isoweekday() == iso:
        return None
    mended = day_in(page.year, day.month, day.day)
    if mended is None or mended.isoweekday() != iso or abs(page.year - day.year) != 1:
        return None
    shift = mended - day
    year = f"{mended.year:04d}"
    interval = Interval(timex.interval.start + shift, timex.interval.end + shift, timex.interval.granularity)
    return replace(timex, value=year + timex.value[4:], raw_value=year + (timex.raw_value or timex.value)[4:],
                   interval=interval)


def _leading_weekday(text: str) -> int | None:
    """The ISO weekday a date's text opens with ("Thursday 25th June 2019", "Thu, 25 June"), if any."""
    word = text.split(maxsplit=1)[0].strip(",.").lower() if text.strip() else ""
    row = _weekdays().get(word)
    return int(row["iso"]) if row is not None else None


@lru_cache(maxsize=None)
def _weekdays() -> dict[str, dict[str, str]]:
    return dict(vocabulary("en").weekdays)

