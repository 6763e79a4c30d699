"""calfeed's raw-value grammar: what extraction can say from the words alone.

A raw value is a TIMEX3-like core plus ``;key=value`` annotations, e.g.

* ``2011-12-08``, ``XXXX-12-08``, ``XXXX-WXX-4T12:00``, ``XXXX-Q3``, ``199`` (a decade);
* ``REF+P1D`` (the reference date plus a day, at day granularity), ``LAST-P1Y`` (a year
  before the last date mentioned), ``REF+P0W`` (this week), ``REF+P1DTMO`` (tomorrow morning);
* ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``; durations ``P3Y``, ``PT24H``;
* ``XXXX-HOL(Easter Monday)``: a named day whose date depends on the year;
* annotations: ``to=<core>`` the end of a range, ``mod=<modifier word>`` a modifier row,
  ``win=+P3M`` a forward window from the reference, ``dir=next|last|this`` for
  "next Monday"/"last March", ``yr=-1`` the year is the reference's plus -1 ("last year's
  third quarter"); a quarter ``QX`` is the one the text last spoke of ("the 1988 period");
  ``pick=20`` day 20 of the month the core names ("the 20th of next month"), ``pick=5#1``
  its first Friday (ISO weekday # nth, -1 the last); ``plus=+P14D`` the resolved day moved
  ("two weeks from Monday"); ``near=7-`` the nearest Sunday (ISO weekday) before the resolved day, ``near=1+``
  the nearest Monday after it ("the Sunday before Ash Wednesday", "the Monday after Easter"); ``of=W`` / ``of=WE`` the ISO week or weekend holding the
  resolved day ("the week of March 6" once its year is chosen), ``of=LWE`` the long weekend
  a holiday belongs to ("Labor Day weekend"); ``wd=5`` the day of a
  month-less core ``XXXX-XX-13`` must be a Friday ("Friday the 13th"), as should a year-less
  ``XXXX-02-04`` when a year near the reference makes it one ("Friday 4 February"); ``eod=1`` a clock of
  00:00 is the end of its day, not its start ("midnight": TimeML's T24:00), and ``toeod=1`` the same of
  the range's end ``to`` ("until midnight on Sunday": that day's end); ``per=story`` a ``QX``
  said as "period", not "quarter": the story's period, which after a count of months ("the nine
  months ... the 1988 period") is that count's year, not the quarter.

  The resolver applies them in that order: pick, wd, plus, near, of, eod.

Keeping this a string lets ``resolve`` work from ``Timex`` objects alone, as the public
API promises, and lets a reader see in ``calfeed extract`` what was understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

_KEYS = ("to", "mod", "win", "dir", "yr", "pick", "wd", "plus", "near", "of", "eod", "toeod", "per")


class _Remembered:
    """A compiled pattern that keeps its ``match``/``fullmatch`` answers (otherwise it is the
    pattern): extraction and resolution ask them of the same few value cores thousands of
    times a document, and a kept answer costs a fifth of a match."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._compiled = pattern
        self.match = lru_cache(maxsize=8192)(pattern.match)
        self.fullmatch = lru_cache(maxsize=8192)(pattern.fullmatch)

    def __getattr__(self, name: str) -> object:
        return getattr(self._compiled, name)


_TIME = r"(?:T(?P<time>\d\d:\d\d(?::\d\d)?|MO|AF|EV|NI|DT))?"
ANCHORED: re.Pattern[str] = _Remembered(re.compile(  # type: ignore[assignment]
    r"^(?P<anchor>REF|LAST)(?:(?P<sign>[+-])P(?P<n>\d+|X)(?P<unit>DE|CE|WE|Y|Q|M|W|D)"
    r"|(?P<csign>[+-])PT(?P<cn>\d+|X)(?P<cunit>[HMS]))?" + _TIME + "$"
))
CALENDAR: re.Pattern[str] = _Remembered(re.compile(  # type: ignore[assignment]
    r"^(?P<year>\d{4}|XXXX|\d{3}|\d{2})"
    r"(?:-(?:(?P<month>\d\d|XX)(?:-(?P<day>\d\d|XX))?|Q(?P<quarter>[1-4X])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|WI)|W(?P<week>\d\d|XX)(?:-(?P<weekday>[1-7]|WE))?"
    r"|HOL\((?P<holiday>[^)]{1,80})\)))?" + _TIME + "$"
))
REFERENCES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
TODAY = "REF+P0D"                                  # the core of "today": the reference day itself
BARE_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")     # a weekday alone ("Sunday"), fullmatched: its ISO number
WEEKDAY_HEAD = "XXXX-WXX-"      # what a bare weekday's core opens with: asked before the pattern, which few values need
BARE_CLOCK = re.compile(r"XXXX-XX-XXT(\d\d:\d\d)")  # a clock on no day ("7.30pm"), matched: its HH:MM


@dataclass(slots=True)
class Raw:
    """A raw value: its core and its annotations. Made for every match and parse (slots: cheaper)."""

    core: str
    annotations: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        if not self.annotations:
            return self.core
        tail = "".join(f";{k}={self.annotations[k]}" for k in _KEYS if self.annotations.get(k))
        return self.core + tail

    def get(self, key: str) -> str | None:
        return self.annotations.get(key)


def parse(raw: str) -> Raw:
    if ";" not in raw:              # most values carry no annotations
        return Raw(raw)
    core, *rest = raw.split(";")
    annotations = {}
    for item in rest:
        key, _, value = item.partition("=")
        annotations[key] = value
    return Raw(core, annotations)


def yearless_month_day(kind: str, raw: str) -> tuple[int, int | None] | None:
    """(month, day, or None for a month alone) of a DATE or TIME value written with its month and
    neither its year nor a week nor a word counting it from another ("Aug 18", "December"; not
    "next May"): the days a page without a year leaves its reader to place."""
    if kind not in ("DATE", "TIME") or not raw.startswith("XXXX"):
        return None     # (a written year, a duration, a reference: most values end here, unparsed)
    parsed = parse(raw)
    match = CALENDAR.match(parsed.core)
    if (match is None or match.group("year") != "XXXX" or match.group("week")
            or not (match.group("month") or "").isdigit() or parsed.get("yr") or parsed.get("dir")):
        return None
    day = match.group("day") or ""
    return int(match.group("month")), int(day) if day.isdigit() else None


def core_of(raw: str) -> str:
    """``parse(raw).core`` without making a Raw (the core is what stands before the first ";"):
    the resolver's passes ask only the core of every expression."""
    return raw.partition(";")[0]


@lru_cache(maxsize=8192)
def with_time(core: str, time: str) -> str:
    """Attach a clock time or part of day to a date core (replacing any it had)."""
    match = CALENDAR.match(core) or ANCHORED.match(core)
    if match and match.group("time"):
        core = core[: match.start("time") - 1]
    return f"{core}T{time}"


@lru_cache(maxsize=8192)
def time_of(core: str) -> str | None:
    """The clock time or part of day of a core; cached, since composing asks this of every pair."""
    match = CALENDAR.match(core) or ANCHORED.match(core)
    return match.group("time") if match else None


def is_duration(core: str) -> bool:
    return core.startswith("P")
