"""A clock given in local time and glossed in a named zone: "at 11:30 local time (10:30 GMT)".

A release meant for readers abroad writes the hour as the place keeps it and the same moment in
GMT or UTC beside it. The two clocks together say the local clock's UTC offset on that day, which
is surer than any zone a place name suggests: the entry takes the zone of the place (the event's,
one named on its line, the document's) whose clock keeps that offset then, and with none, a zone
of that fixed offset. The phrases are data (local_time_words)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from calfeed.events.places import places_in
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import line_end
from calfeed.timex.zones import offset_zone_name

DAY = timedelta(days=1)
MAX_OFFSET = timedelta(hours=14)      # the widest UTC offset any zone keeps


@lru_cache(maxsize=None)
def _lead() -> re.Pattern[str]:
    """The local-time words, then the gloss's opening bracket."""
    phrases = sorted(word_list("local_time_words"), key=len, reverse=True)
    alternatives = "|".join(r"[^\S\n]+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"[^\S\n]{{0,2}}(?:{alternatives})[^\S\n]{{0,2}}\([^\S\n]{{0,2}}", re.IGNORECASE)


def gloss_offset(text: str, timex: Timex, zoned: dict[int, Timex]) -> tuple[timedelta, Timex] | None:
    """The UTC offset of ``timex``'s clock and the gloss that gives it, when the clock is followed
    by local-time words and a bracketed clock in a named zone; ``zoned``: the document's clocks
    that name a zone, by start."""
    if timex.tz or timex.interval is None or timex.interval.granularity not in ("minute", "hour"):
        return None
    lead = _lead().match(text, timex.end)
    gloss = zoned.get(lead.end()) if lead is not None else None
    if gloss is None or gloss.interval is None or gloss.tz is None:
        return None
    gloss_zone = zone_info(gloss.tz)
    if gloss_zone is None:
        return None
    at_gloss = gloss.interval.start.replace(tzinfo=gloss_zone).utcoffset()
    if at_gloss is None:
        return None
    local_clock = timex.interval.start
    utc_clock = gloss.interval.start.replace(year=local_clock.year, month=local_clock.month,
                                             day=local_clock.day) - at_gloss
    offset = local_clock - utc_clock
    while offset > MAX_OFFSET:
        offset -= DAY          # "23:30 local time (04:30 GMT)": the gloss falls on the next day
    while offset < -MAX_OFFSET:
        offset += DAY
    return offset, gloss


def glossed_zone(text: str, timex: Timex, zoned: dict[int, Timex], near: Iterable[str | None],
                 spans) -> tuple[str, str] | None:
    """(zone, why) for a clock its gloss fixes: the zone of the event's place or the document's
    (``near``, in that order after the places on the clock's own line) that keeps the glossed
    offset, else a fixed zone of that offset; None when the clock has no gloss. ``spans(clause)``
    gives the dates' spans in a clause, which are never places."""
    glossed = gloss_offset(text, timex, zoned)
    if glossed is None:
        return None
    offset, gloss = glossed
    start = text.rfind("\n", 0, timex.start) + 1
    end = line_end(text, timex.end)
    on_line = [p.tz for p in places_in(words_in(text, start, end), text, spans((start, end)))]
    at = timex.interval.start if timex.interval is not None else None
    zone = fitting_zone(offset, at, [*on_line, *near]) if at is not None else None
    if zone is not None:
        return zone, f"time zone {zone}: its clock is the offset the gloss \"{gloss.text}\" gives"
    fixed = offset_zone_name(int(offset.total_seconds()) // 60)
    return fixed, f"UTC offset {_signed(offset)} as the gloss \"{gloss.text}\" gives it"


def _signed(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def fitting_zone(offset: timedelta, at: datetime, zones: Iterable[str | None]) -> str | None:
    """The first of ``zones`` whose clock is ``offset`` from UTC at the local time ``at``."""
    for name in zones:
        zone = zone_info(name) if name else None
        if zone is not None and at.replace(tzinfo=zone).utcoffset() == offset:
            return name
    return None


@lru_cache(maxsize=None)
def zone_info(name: str) -> ZoneInfo | None:
    """The IANA zone ``name`` as a tzinfo, or None for a name the zone database lacks."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
