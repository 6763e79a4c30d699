"""Where a page's postal address is: the country, region or town that ends it.

"Parish Office: Main Street, Kilcullen, Co. Kildare", "Scout Hall, 22 Marine Parade, Napier
4110, New Zealand", "14 Jan Smuts Avenue, Parktown, Johannesburg, Gauteng": a run of short
capitalised parts, one with a house number, a street or a postcode, is an address a reader
trusts to say where the organisation, and so most likely its events, are. Its last part
names the country or region; the town before it picks the zone where a country keeps
several ("Boise, Idaho, USA"; "Manaus, Brazil"), and a town standing last fixes one only
when no namesake of a tenth its size keeps another clock ("22 Marine Parade, Napier").
Prose ("a memoir about growing up in Cape Town, South Africa") and a speaker's university
("University of Cape Town, South Africa") hold no number or street, and are no address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from calfeed.events.phrases import month_words
from calfeed.events.places import lookup
from calfeed.events.regions import Region, namesake_population, namesakes_in, rival_zones, written_regions, zone_countries, zone_within
from calfeed.events.vocabulary import table, word_list

# A clause of a line ends at a label's colon, a bracket, a bar, a semicolon, a spaced dash, or
# a full stop after a word of four letters or more, or a digit ("Kilcullen. Phone ...");
# "Co. Kildare" and "St. Mary's" keep theirs.
_CLAUSE_BREAK = re.compile(r"[;|()\[\]]|:(?=\s)|\s[–—-]\s|(?:(?<=[^\W\d_]{4})|(?<=\d))\.(?=\s|$)")
MAX_PART_WORDS = 6       # "St Brigid's Parish Centre and Presbytery"
_POSTCODE_WORD = re.compile(r"[A-Z0-9]{0,7}[0-9][A-Z0-9]{0,7}")    # "4110", "T23", "K5P1", "1AA"
MIN_POSTCODE = 4         # characters: "4110", "T23 K5P1"; not a score ("Jones 7")
# A town last in an address, with no country or region after it, is read only when no
# namesake of a tenth its size keeps another clock ("Napier": not "Westport", Connecticut's
# four times Mayo's).
TOWN_RIVAL_SHARE = 10
# Parts after the town, county or country that may end an address's run: a phone number, a
# line of opening hours ("Main Street, Kilcullen, Co. Kildare, Tel 045 481 000").
TRAILING_PARTS = 2


def address_regions_in_lines(text: str) -> list[tuple[Region, str]]:
    """The region (its zone the one the address fixes) of each address line in ``text``, with
    the parts that fix it as written."""
    found = []
    for line in _joined_lines(text):
        if "," not in line:
            continue
        for clause in _CLAUSE_BREAK.split(line):
            for parts in _address_runs(clause):
                read = next(filter(None, (_read_address(parts[:end]) for end in range(len(parts), 1, -1)
                                          if end >= len(parts) - TRAILING_PARTS and _fixed(parts[:end]))), None)
                if read is not None:
                    found.append(read)
    return found


def _joined_lines(text: str) -> Iterator[str]:
    """The lines of ``text``, an address written a part a line ("Main Street" over "Kilcullen,
    Co. Kildare") joined into one; two lines that both have commas stay apart ("Vicar Street,
    Dublin" over "The Roundhouse, London": two venues, not one address)."""
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        parts = [p.strip() for p in line.split(",") if p.strip()]
        whole = bool(parts) and all(map(_address_part, parts))
        if whole and block and not ("," in block[-1] and "," in line):
            block.append(", ".join(parts))
            continue
        if block:
            yield ", ".join(block)
        block = [", ".join(parts)] if whole else []
        if not whole:
            yield line


def _address_runs(clause: str) -> list[list[str]]:
    """Each run of two or more comma-separated address parts in ``clause`` that holds a
    house number, a street or a postcode (``_fixed``)."""
    runs: list[list[str]] = []
    run: list[str] = []
    for part in [*(p.strip() for p in clause.split(",")), ""]:
        if part and _address_part(part):
            run.append(part)
            continue
        if len(run) >= 2 and _fixed(run):
            runs.append(run)
        run = []
    return runs


def _address_part(part: str) -> bool:
    """A short name of capitalised words, numbers and name particles, led by a capital or a
    number; a date is none ("19 June 2027"), though a street named for a month is ("14 Jan Smuts
    Avenue"), and nor is a phrase of prose ("Kopp, 44, of St. Albans, Vt.")."""
    words = part.split()
    if not words or len(words) > MAX_PART_WORDS or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    lowered = [w.rstrip(".").lower() for w in words]
    streets = word_list("street_heads")
    if not month_words().isdisjoint(lowered) and streets.isdisjoint(lowered):
        return False
    particles = word_list("name_particles")
    return all(w[0].isupper() or w[0].isdigit() or low in particles or low in streets for w, low in zip(words, lowered))


def _fixed(run: list[str]) -> bool:
    """Whether the address parts ``run`` hold a house number, a street or a numbered unit
    ("Rm. 805", ``address_unit_words``) before their last part ("22 Marine Parade", "Drostdy
    Street": the street's word last, so "St. Albans" is none), or a postcode in their last two ("Napier 4110", "Co. Kildare, R56 X2Y3"): "Smith 10,
    Jones 7, Jordan", a list of scores, holds none."""
    streets = word_list("street_heads")
    units = word_list("address_unit_words")
    for part in run[:-1]:
        words = part.split()
        if words[0].isdigit() and len(words) > 1 and words[1][0].isupper():
            return True
        if len(words) > 1 and words[-1].rstrip(".").lower() in streets:
            return True
        if len(words) == 2 and words[0].rstrip(".").lower() in units and any(c.isdigit() for c in words[1]):
            return True         # "Rm. 805", "Suite 109": a unit of a building and its number
    return any(len("".join(_postcode(part))) >= MIN_POSTCODE for part in run[-2:])


def _postcode(part: str) -> list[str]:
    """The words of the postcode ending ``part``: capitals and digits, each with a digit."""
    words = part.split()
    at = len(words)
    while at > 0 and _POSTCODE_WORD.fullmatch(words[at - 1]):
        at -= 1
    return words[at:]


def _name(part: str) -> str:
    """``part`` without the postcode written after its name ("Napier 4110", "Cork T23 K5P1")."""
    words = part.split()
    return " ".join(words[:len(words) - len(_postcode(part))])


def _read_address(parts: list[str]) -> tuple[Region, str] | None:
    """The region the address ``parts`` end in, with the zone they fix, or None: its last part
    a country or a region, or a country after a region ("Boise, Idaho, USA"), then its town."""
    names = [n for n in map(_name, parts) if n]
    if not names:
        return None
    at = len(names) - 1
    regions = written_regions(names[at])
    if not regions:
        return _town_region(names[at])
    if all(r.admin1 is None for r in regions) and at > 0:
        countries = {r.country for r in regions}
        divisions = tuple(r for r in written_regions(names[at - 1]) if r.admin1 and r.country in countries)
        if divisions:
            regions, at = divisions, at - 1
    town = names[at - 1] if at > 0 else None
    if len({r.country for r in regions}) > 1 and town is not None:
        regions = tuple(r for r in regions if namesake_population(town, r.country, r.admin1))
    if len({r.country for r in regions}) != 1:
        return None         # "Georgia" alone: the country or the state
    zone = _zone_in(town, regions)
    if zone is None:
        return None
    return replace(regions[0], zone=zone), ", ".join(names[max(at - 1, 0):])


def _zone_in(town: str | None, regions: tuple[Region, ...]) -> str | None:
    """The zone of ``town`` in ``regions`` (all of one country): its namesake there, else the
    zone of the region, else the main zone of the country (``country_zones``). In a country
    of several zones a town fixes one only when all its namesakes there keep it."""
    divided = any(r.zone or r.admin1 for r in regions)
    if divided:
        return zone_within(town, regions) if town else next((r.zone for r in regions if r.zone), None)
    if town is not None:
        zones = {z for _, z in namesakes_in(town, frozenset({regions[0].country}))}
        if len(zones) == 1:
            return zones.pop()
    return _main_zones().get(regions[0].country)


def _town_region(name: str) -> tuple[Region, str] | None:
    """A town ending an address, where its name fixes one zone."""
    canonical = lookup(name)
    if canonical is None or written_regions(canonical):
        return None
    zones = rival_zones(canonical, TOWN_RIVAL_SHARE)
    known = namesake_population(canonical)
    if len(zones) != 1 or known is None or known[1] != zones[0]:
        return None
    country = zone_countries().get(zones[0])
    if country is None:
        return None
    return Region(canonical, country, None, zones[0], None, "place"), name


@lru_cache(maxsize=None)
def _main_zones() -> dict[str, str]:
    """Country code to the zone of nearly all its people, for the countries ``country_zones``
    lists (New Zealand's Chatham Islands aside, Pacific/Auckland)."""
    return {zone_countries()[row["zone"]]: row["zone"] for row in table("country_zones") if row["zone"] in zone_countries()}
