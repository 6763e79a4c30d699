"""Whether a page writes out a day after a given one, whether or not an entry came of it: a
notice whose closure window the framer could not read still tells of a day ahead, so its own
date line and the past meeting that ordered the closure are no record of a page with nothing
ahead (page_dates, past_reports)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from calfeed.model import Timex

_YEAR = re.compile(r"\b\d{4}\b")
DAY_OR_FINER = frozenset({"day", "hour", "minute", "second"})
"""Granularities that name a single day (or a time in one): what "a day written" means here."""


def later_day_written(first: date, timexes: Iterable[Timex]) -> bool:
    """Whether a date or a time of a day after ``first`` is written with its year."""
    return any(t.type in ("DATE", "TIME") and t.interval is not None and t.interval.granularity in DAY_OR_FINER
               and t.interval.start.date() > first and _YEAR.search(t.text) is not None for t in timexes)
