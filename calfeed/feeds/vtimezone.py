"""VTIMEZONE components that every client reads the same way.

A feed must carry its own zone definitions: Thunderbird's ical.js, run bare, knows
only the zones in the file. The definitions are computed here from the system zone
database (``zoneinfo``, falling back to ``pytz``) by probing offsets, so only public
APIs are used and the data reaches past 2037.

Two shapes are written, never a comma-separated RDATE list (ical.js and vobject read
only its first date and put summer times an hour off):

* while a zone follows a regular yearly law ("last Sunday of March at 02:00"), one
  STANDARD and one DAYLIGHT sub-component with a yearly RRULE, which also serves
  recurring events that run on for years;
* otherwise one sub-component per transition, over the years the events need.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

from calfeed.rrules import WEEKDAY_CODES, rule_parts

_OFFSET_NAME = re.compile(r"UTC([+-])(\d\d):([0-5]\d)")
_PROBE_STEP = timedelta(hours=6)
# Years past the last one needed that must follow the same yearly law before the
# law is trusted to go on (and written as an open-ended RRULE).
_CONFIRM_YEARS = 10
# How far back the start of a zone's current yearly law is looked for.
LAW_SEARCH_FROM = 1970


@dataclass(frozen=True)
class Observance:
    """The zone's state from ``onset`` (wall clock of the previous offset) onwards."""

    onset: datetime
    offset_from: timedelta
    offset_to: timedelta
    name: str
    is_dst: bool
    rule: str | None = None     # RRULE value when this onset repeats yearly

    @property
    def law(self) -> tuple[object, ...]:
        """What must stay the same for two onsets to belong to one yearly rule."""
        return (self.onset.month, self.onset.time(), self.offset_from, self.offset_to, self.name, self.is_dst)


def load_zone(name: str) -> tzinfo:
    """An IANA zone as a tzinfo; ``zoneinfo`` first, ``pytz`` where the system has no tz data.

    A fixed offset the tz database has no zone for ("UTC+05:30", see :func:`offset_of`)
    is a plain ``datetime.timezone``.
    """
    offset = offset_of(name)
    if offset is not None:
        return timezone(offset, name)
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # noqa: BLE001 - zoneinfo raises several kinds; pytz decides below
        import pytz

        return pytz.timezone(name)


def existing_wall_clock(naive: datetime, zone: tzinfo) -> datetime:
    """The wall clock ``naive`` names in ``zone``, moved past a spring-forward gap it falls in.

    RFC 5545 reads a local time that never happens (02:30 on the night clocks jump from
    02:00 to 03:00) with the offset before the gap, i.e. as 03:30; clients do not all follow
    it and put such an entry at different instants, so the feed writes the time that exists.
    A time that exists (also one that happens twice) comes back unchanged.
    """
    localize = getattr(zone, "localize", None)
    if localize is not None:                       # pytz: no fold, the zone localizes itself
        aware = zone.normalize(localize(naive, is_dst=False))  # type: ignore[attr-defined]
    else:
        aware = naive.replace(tzinfo=zone, fold=0).astimezone(timezone.utc).astimezone(zone)
    return aware.replace(tzinfo=None, fold=0)


def is_fixed_offset(name: str) -> bool:
    """True for zones without civil time (``UTC``, ``Etc/GMT+12``, ``UTC+05:30``): these are written in UTC."""
    return name in ("UTC", "GMT", "Z") or name.startswith("Etc/") or offset_of(name) is not None


def offset_of(name: str) -> timedelta | None:
    """The offset of a zone named ``UTC+hh:mm``/``UTC-hh:mm``, the tagger's name for an offset
    that is not a whole hour (whole hours are the database's ``Etc/GMT-N``), else None."""
    match = _OFFSET_NAME.fullmatch(name)
    if match is None:
        return None
    offset = timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
    return offset if match.group(1) == "+" else -offset


def _state(zone: tzinfo, utc: datetime) -> tuple[timedelta, str, bool]:
    local = utc.astimezone(zone)
    offset = local.utcoffset() or timedelta(0)
    dst = local.dst()
    return offset, local.tzname() or "", bool(dst)


def transitions(name: str, first_year: int, last_year: int) -> tuple[tuple[timedelta, str, bool], list[Observance]]:
    """The state in force when ``first_year`` begins, and every change up to the end of ``last_year``."""
    return _transitions(name, first_year, last_year)


@lru_cache(maxsize=256)
def _transitions(name: str, first_year: int, last_year: int) -> tuple[tuple[timedelta, str, bool], list[Observance]]:
    zone = load_zone(name)
    moment = datetime(first_year, 1, 1, tzinfo=timezone.utc)
    stop = datetime(last_year + 1, 1, 1, tzinfo=timezone.utc)
    initial = state = _state(zone, moment)
    found: list[Observance] = []
    while moment < stop:
        step = moment + _PROBE_STEP
        new = _state(zone, step)
        if new != state:
            change = _bisect(zone, moment, step, state)
            offset, label, dst = _state(zone, change)
            found.append(Observance(
                onset=(change + state[0]).replace(tzinfo=None),
                offset_from=state[0], offset_to=offset, name=label, is_dst=dst,
            ))
            state = (offset, label, dst)
            moment = change
            continue
        moment = step
    return initial, found


def _bisect(zone: tzinfo, low: datetime, high: datetime, before: tuple[timedelta, str, bool]) -> datetime:
    """The first second in ``(low, high]`` where the zone's state differs from ``before``."""
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if middle <= low:
            break
        if _state(zone, middle) == before:
            low = middle
        else:
            high = middle
    return high


def _weekday_rules(day: datetime) -> list[str]:
    """The BYDAY forms this date satisfies: its ordinal in the month and, if so, "last"."""
    code = WEEKDAY_CODES[day.weekday()]
    rules = [f"{(day.day - 1) // 7 + 1}{code}"]
    if day.day + 7 > calendar.monthrange(day.year, day.month)[1]:
        rules.append(f"-1{code}")
    return rules


def _follows(onsets: list[Observance], template: list[Observance], forms: list[str]) -> bool:
    """Whether one year's onsets are the template year's law again."""
    return len(onsets) == len(template) and all(
        a.law == b.law and form in _weekday_rules(a.onset) for a, b, form in zip(onsets, template, forms)
    )


def _yearly_law(by_year: dict[int, list[Observance]], years: list[int]) -> tuple[int, list[str]] | None:
    """Find the first year from which every later year repeats the same onsets.

    Returns that year and one BYDAY per onset (in the order of the year), or None
    when even the last years disagree (a zone whose law keeps changing).
    """
    last = by_year.get(years[-1], [])
    if not last:
        return None
    best: tuple[int, list[str]] | None = None
    # Try each combination of BYDAY forms of the last year; keep the one reaching furthest back.
    options: list[list[str]] = [[]]
    for onset in last:
        options = [chosen + [form] for chosen in options for form in _weekday_rules(onset.onset)]
    for chosen in options:
        start = None
        for year in reversed(years):
            if not _follows(by_year.get(year, []), last, chosen):
                break
            start = year
        if start is not None and start <= years[-1 - _CONFIRM_YEARS] and (best is None or start < best[0]):
            best = (start, chosen)
    return best


def _law_began(name: str, year: int, template: list[Observance], forms: list[str]) -> int:
    """The first year of the law in force in ``year``, looking back to LAW_SEARCH_FROM.

    Starting the yearly rules where the law really began (1996 in the EU) keeps the
    zone right for any earlier date a client asks about; vobject, for one, compares
    zones over 2000-2020 and would take a GMT-in-winter zone with no transitions
    there for UTC.
    """
    while year > LAW_SEARCH_FROM and _follows(transitions(name, year - 1, year - 1)[1], template, forms):
        year -= 1
    return year


def observances(name: str, first_year: int, last_year: int) -> list[Observance]:
    """The sub-components describing ``name`` from ``first_year`` to ``last_year`` and, when regular, beyond."""
    probe_to = last_year + _CONFIRM_YEARS
    initial, changes = transitions(name, first_year, probe_to)
    by_year: dict[int, list[Observance]] = {}
    for change in changes:
        by_year.setdefault(change.onset.year, []).append(change)
    years = list(range(first_year, probe_to + 1))
    law = _yearly_law(by_year, years)
    if law is None:
        return [_anchor(first_year, initial)] + [c for c in changes if c.onset.year <= last_year]
    law_start, forms = law
    law_onsets = by_year[law_start]
    if law_start == first_year:
        law_start = _law_began(name, first_year, by_year[years[-1]], forms)
        if law_start < first_year:
            initial, law_onsets = transitions(name, law_start, law_start)
    result = [_anchor(min(first_year, law_start), initial)]
    result += [c for c in changes if c.onset.year < law_start]
    for onset, form in zip(law_onsets, forms):
        rule = f"FREQ=YEARLY;BYMONTH={onset.onset.month};BYDAY={form}"
        result.append(Observance(onset.onset, onset.offset_from, onset.offset_to, onset.name, onset.is_dst, rule))
    return result


def _anchor(year: int, state: tuple[timedelta, str, bool]) -> Observance:
    """The state in force on 1 January of ``year``, as an observance starting then."""
    offset, label, dst = state
    return Observance(datetime(year, 1, 1), offset, offset, label, dst)


def vtimezone(name: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for ``name`` good for local times from ``first_year`` through ``last_year``."""
    component = Timezone()
    component.add("tzid", name)
    for observance in observances(name, first_year, last_year):
        sub = TimezoneDaylight() if observance.is_dst else TimezoneStandard()
        sub.add("dtstart", observance.onset)
        sub.add("tzoffsetfrom", observance.offset_from)
        sub.add("tzoffsetto", observance.offset_to)
        if observance.name:
            sub.add("tzname", observance.name)
        if observance.rule:
            sub.add("rrule", rule_parts(observance.rule))
        component.add_component(sub)
    return component
