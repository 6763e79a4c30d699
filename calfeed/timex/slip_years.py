"""A year slip that the day's own weekday corrects.

"... will reconvene on Thursday 25th June 2019" in a notice of June 2020: 25 June 2019 was a
Tuesday, 25 June 2020 a Thursday. A writer copying last year's notice leaves the year behind far
more often than the weekday and the day together; when the weekday written with a full date does
not fall on it, but does fall on the same day one year on or back, the year the page is of (its
reference date's), the date is that day. Only a one-year slip to the page's own year is read
so: a weekday that fits no such year is left to the tense and the writer.
The weekday may stand before a day with its hours ("Saturday, 14 March 2027 from 8 am to 5 pm"), and
the same full date written again on the page without its weekday ("a shutdown on March 14, 2027")
is the same slip, mended with it: the writer copied one wrong year into both.
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
    mended = [_mended(t, reference.value) for t in timexes]
    moved = {_written_day(t): m.interval.start.date() for t, m in zip(timexes, mended) if m is not None}
    if not moved:
        return timexes
    # the same full date written elsewhere without its weekday: the same slip
    return [m or (_shifted(t, moved[day]) if (day := _written_day(t)) in moved and _leading_weekday(t.text) is None
                  and _one_day(t) else None) or t
            for t, m in zip(timexes, mended)]


def _written_day(timex: Timex) -> date | None:
    """The day a full date writes with its year, or None."""
    if (timex.type not in ("DATE", "TIME") or timex.interval is None or timex.problem
            or timex.interval.granularity not in DAY_GRANULARITIES or not (timex.raw_value or timex.value)[:4].isdigit()):
        return None
    return timex.interval.start.date()


def _one_day(timex: Timex) -> bool:
    """A single day, or hours within it ("14 March 2027 from 8 am to 5 pm"): no run of days."""
    return timex.end_interval is None or timex.end_interval.start.date() == timex.interval.start.date()


def _shifted(timex: Timex, day: date) -> Timex:
    """``timex`` moved to ``day``, its hours and its value's year with it."""
    shift = day - timex.interval.start.date()
    year = f"{day.year:04d}"
    end = timex.end_interval
    return replace(timex, value=year + timex.value[4:], raw_value=year + (timex.raw_value or timex.value)[4:],
                   interval=Interval(timex.interval.start + shift, timex.interval.end + shift, timex.interval.granularity),
                   end_interval=None if end is None else Interval(end.start + shift, end.end + shift, end.granularity))


def _mended(timex: Timex, page: date) -> Timex | None:
    """The timex moved to the year its weekday fits, or None when nothing is to mend."""
    day = _written_day(timex)
    if day is None or not _one_day(timex):
        return None
    iso = _leading_weekday(timex.text)
    if iso is None or day.isoweekday() == iso:
        return None
    mended = day_in(page.year, day.month, day.day)
    if mended is None or mended.isoweekday() != iso or abs(page.year - day.year) != 1:
        return None
    return _shifted(timex, mended)


def _leading_weekday(text: str) -> int | None:
    """The ISO weekday a date's text opens with ("Thursday 25th June 2019", "Thu, 25 June"), if any."""
    word = text.split(maxsplit=1)[0].strip(",.").lower() if text.strip() else ""
    row = _weekdays().get(word)
    return int(row["iso"]) if row is not None else None


@lru_cache(maxsize=None)
def _weekdays() -> dict[str, dict[str, str]]:
    return dict(vocabulary("en").weekdays)

