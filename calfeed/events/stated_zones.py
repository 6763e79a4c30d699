"""Zones a document states in words rather than beside a clock time.

"All times are Queensland time (AEST)." says once where every bare "9am" of the page is;
and a standard-time abbreviation ("AEST", "MST") written in a place that keeps standard
time all year (Queensland, Arizona) means that place's zone, not the daylight-saving one
the abbreviation's table entry names (Australia/Sydney, America/Denver).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from calfeed.events.regions import written_regions
from calfeed.events.vocabulary import word_list

STATEMENT_REACH = 80        # characters after "All times are" in which the zone must be named
MAX_ZONE_WORDS = 4          # "Central European Summer Time"
_ZONE_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")


@lru_cache(maxsize=None)
def _phrases(list_name: str) -> re.Pattern[str]:
    """Any phrase of a word list, longest first, its words parted by any blanks."""
    phrases = sorted(word_list(list_name), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _openers() -> re.Pattern[str]:
    return _phrases("zone_statements")


def _zone_nouns() -> re.Pattern[str]:
    return _phrases("zone_nouns")


def stated_zone(text: str) -> tuple[str, str] | None:
    """(zone, as written) when the document states one zone for all its times, else None."""
    found: dict[str, str] = {}
    for match in _openers().finditer(text):
        tail = re.split(r"[.;:!?\n](?:\s|$)|\n", text[match.end():match.end() + STATEMENT_REACH], maxsplit=1)[0]
        named = zone_named(tail)
        if named is not None:
            found.setdefault(*named)
    for match in _zone_nouns().finditer(text):
        named = _zone_before(text[max(0, match.start() - STATEMENT_REACH):match.start()])
        if named is not None:
            found.setdefault(*named)
    if len(found) != 1:
        return None
    (zone, written), = found.items()
    return zone, written


def zone_named(tail: str) -> tuple[str, str] | None:
    """The zone the words of ``tail`` open with, after any fillers ("given in the UK time")."""
    words = _ZONE_WORD.findall(tail)
    fillers = word_list("zone_statement_fillers")
    while words and words[0].lower() in fillers:
        words.pop(0)
    if not words:
        return None
    lower = not words[0][:1].isupper()     # "by 5:00 p.m. eastern time": a zone name only before "time"
    for size in range(min(MAX_ZONE_WORDS, len(words)), 0, -1):
        run = words[:size]
        if size > 1 and run[-1].lower() == "time":
            run = run[:-1]
        elif lower:
            continue
        zone = _vocabulary_zone(" ".join(run)) if lower else zone_of_name(" ".join(run))
        if zone:
            return zone, " ".join(words[:size])
    return None


def _zone_before(head: str) -> tuple[str, str] | None:
    """The zone the last words of ``head`` name, right before "time zone": the longest run of
    capitalised words ("Buenos Aires"), or a zone word the tagger knows ("eastern")."""
    head = re.split(r"[.;:!?(\n]", head)[-1]
    words = _ZONE_WORD.findall(head)[-MAX_ZONE_WORDS:]
    for size in range(len(words), 0, -1):
        run = " ".join(words[-size:])
        capitalised = all(w[:1].isupper() for w in words[-size:])
        zone = zone_of_name(run) if capitalised else _vocabulary_zone(run)
        if zone:
            return zone, run
    return None


def _vocabulary_zone(name: str) -> str | None:
    """The zone of a zone name the tagger knows ("eastern", "central european"); no towns."""
    from calfeed.timex.vocabulary import vocabulary   # here: calfeed.timex imports the text helpers

    return vocabulary("en").zone(name.lower())


def zone_of_name(name: str) -> str | None:
    """The zone a region, zone name or town names ("Queensland", "Central European", "Brisbane")."""
    from calfeed.events.places import gazetteer, lookup
    from calfeed.timex.vocabulary import vocabulary   # here: calfeed.timex imports the text helpers

    zones = {r.zone for r in written_regions(name) if r.zone}
    if len(zones) == 1:
        return zones.pop()
    zone = vocabulary("en").zone(name)
    if zone:
        return zone
    canonical = lookup(name)
    return gazetteer()[canonical] if canonical else None


_SAMPLE_DAYS = (datetime(2027, 1, 15, 12), datetime(2027, 7, 15, 12))


@lru_cache(maxsize=None)
def _standard(zone: str) -> tuple[float, frozenset[str]] | None:
    """(standard offset in hours, its abbreviations) of a zone that keeps daylight saving
    part of the year; None for a zone without it or one pytz lacks."""
    import pytz

    try:
        tz = pytz.timezone(zone)
    except pytz.UnknownTimeZoneError:
        return None
    moments = [tz.localize(day) for day in _SAMPLE_DAYS]
    if all(m.dst().total_seconds() == 0 for m in moments):
        return None
    standard = [m for m in moments if m.dst().total_seconds() == 0]
    if not standard:
        return None
    return standard[0].utcoffset().total_seconds() / 3600, frozenset(m.tzname() for m in standard)


def clock_offsets(zone: str) -> frozenset[float] | None:
    """The UTC offsets ``zone`` keeps over a year: two zones with the same keep the same clock
    ("America/Vancouver", "America/Los_Angeles")."""
    return _offsets(zone)


@lru_cache(maxsize=None)
def _offsets(zone: str) -> frozenset[float] | None:
    import pytz

    try:
        tz = pytz.timezone(zone)
    except pytz.UnknownTimeZoneError:
        return None
    return frozenset(tz.localize(day).utcoffset().total_seconds() / 3600 for day in _SAMPLE_DAYS)


def local_reading(zone: str, written: str, local: str | None) -> str:
    """``zone`` as the document's own ``local`` zone when ``written`` is the standard-time
    abbreviation of ``zone`` and ``local`` keeps that same standard offset all year: "9am
    AEST" in a Queensland page is Australia/Brisbane, not Sydney's summer time."""
    if local is None or local == zone:
        return zone
    standard = _standard(zone)
    if standard is None or written.strip() not in standard[1]:
        return zone
    return local if _offsets(local) == frozenset({standard[0]}) else zone
