"""The time zone of a timed event, from the most specific thing the document says.

A clock time with no zone is read where the event happens. When neither its sentence nor
its main event places it, the document still hints: a front-matter zone, the dateline's
place, a zone it writes beside its other times ("12:00 (Brussels time)" makes "Opening of
tenders: 10:00" Brussels time too), the one zone all its places agree on, and last the zone
the person building the feeds gave; weaker than all but that last, a place the issuing body's
name holds ("The City of Toronto", "Leeds City Council"; body_places). Only with none of these is the time left floating.
Contact details count too: addresses, numbers and prices of one single-zone country
("press@unog.ch", "+41 22 917 1234", the page's own address, "HF1 2AB", "£5", "the Parish
Council", "the B5012 southbound"), in the text or in its web page's footer, and a postal address (address_lines) say
where the organisation, and so most likely its events, are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from calfeed.events.address_lines import address_regions_in_lines
from calfeed.events.affiliations import in_affiliation
from calfeed.events.body_places import body_places
from calfeed.events.country_namesakes import country_namesake
from calfeed.events.datelines import opens_byline
from calfeed.events.glued_towns import glued_towns
from calfeed.events.named_countries import named_country_zone
from calfeed.events.possessive_cities import possessive_city_zone
from calfeed.events.title_cities import title_city
from calfeed.events.heading_places import heading_places
from calfeed.events.places import Place, gazetteer, lookup, opening_lines, places_in
from calfeed.events.regions import (Region, address_regions, heading_regions, named_regions, namesake_among,
                                    namesake_population, region_and_towns, rival_zones, written_regions,
                                    zone_countries)
from calfeed.events.restated_instants import restating_clocks
from calfeed.events.statute_places import statute_places
from calfeed.events.stamp_zones import stamp_zone_clocks
from calfeed.events.stated_zones import clock_offsets, local_reading, stated_zone
from calfeed.events.timing import Timing
from calfeed.events.vocabulary import place_overrides, table, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Document, Timex
from calfeed.text import Sentences
from calfeed.timex.tense import tense_at


Mentioned = tuple[frozenset[str], frozenset[str]] | None


@dataclass(frozen=True)
class DocumentZones:
    places: tuple[str, str] | None = None    # (zone, place names) all the document's places lie in
    written: tuple[str, str] | None = None   # (zone, as written) all its written zones agree on
    contacts: tuple[str, str] | None = None  # (zone, evidence) its web addresses and phone numbers agree on
    default: str | None = None               # given for the build (--timezone)
    stated: tuple[str, str] | None = None    # (zone, as written) stated for all times ("All times are UK time")
    country: tuple[str, str | None] | None = None   # (country, admin1) its addresses and contacts point to
    body: tuple[str, str] | None = None      # (zone, place names) the places its bodies' names hold agree on
    mentioned: Mentioned = None              # zones and countries its settled places lie in
    passing: tuple[str, str] | None = None   # (zone, place names) counting places told in passing too
    disagreeing: str | None = None           # the zones its contacts point to, when they are several
    named: tuple[str, str | None] | None = None     # (country, None) of the one-zone country it names most, when
                                                    # no address or contact gives its country (in_country)
    stamped: tuple[str, str] | None = None   # (zone, as written) written only on the page's posting stamps (stamp_zones)


    @property
    def page_zone(self) -> str | None:
        """The zone of the country the page is about, from the strongest of its places, contacts and
        bodies' names, else from what it tells in passing (a country it names, its people): what a
        holiday's name is reckoned by (foreign_holidays), not a clock's zone."""
        found = self.places or self.contacts or self.body or self.passing
        return found[0] if found is not None else None


def document_zones(text: str, sentences: Sentences, timexes: list[Timex], spans_of,
                   default: str | None = None, url: str | None = None, footer: str = "",
                   title: str | None = None, published: date | None = None) -> DocumentZones:
    """What the whole document says about zones; ``spans_of(sentence)`` gives the date spans
    in a sentence, which are never places; ``url`` is the document's own address and ``footer``
    its web page's footer, where its address and numbers often are; ``title`` its front matter's
    title, whose places ("have your say on planning in Leeds") count as told in passing;
    ``published`` the page's own day, which its posting stamps date (stamp_zones)."""
    url = None if url and _hosted(url) else url
    contacts, country, disagreeing = _contact_zone(text + ("\n" + url if url else "") + ("\n" + footer if footer else ""))
    if country is None and default is not None and default in zone_countries():
        country = (zone_countries()[default], None)     # the build's zone: where a bare namesake most likely is
    named_zone = named_country_zone(text, title)
    named = _country_of(named_zone) if country is None else None
    every = _places_by_sentence(text, sentences, spans_of)
    years = frozenset((t.start, t.end) for t in timexes if t.interval is not None and t.interval.granularity in WHOLE_YEARS)
    held = _with_heading_places(_held_places(every, text, sentences, spans_of, years), text, sentences)
    mentioned = _mentioned(held)
    places = _agreed_zone(held.values(), country, mentioned, named)
    body = _body_zone(text, sentences, spans_of, country, mentioned, held=True)
    if places is not None and body is not None and body[0] != places[0] and _only_wide_countries(held.values()):
        places = None        # "to study in the United States" on a notice of "the Government of Mongolia"
    passing = None
    if places is None and body is None:
        passing = (_agreed_zone(every.values(), country, mentioned, named)
                   or _body_zone(text, sentences, spans_of, country, mentioned, held=False)
                   or _title_zone(title, country, mentioned)
                   or (None if disagreeing else _region_zone(text) or _people_zone(text) or possessive_city_zone(text)
                                           or named_zone))
    stamps = stamp_zone_clocks(text, timexes, published)
    written = _written_zone(text, [t for t in timexes if id(t) not in stamps] if stamps else timexes)
    stamped = _written_zone(text, [t for t in timexes if id(t) in stamps]) if stamps and written is None else None
    return DocumentZones(places, written, contacts, default, stated_zone(text), country,
                         body, mentioned, passing, disagreeing, named, stamped)


def _country_of(found: tuple[str, str] | None) -> tuple[str, str | None] | None:
    """(country, None) of the one-zone country named_country_zone found (its zone, its name)."""
    code = zone_countries().get(found[0]) if found is not None else None
    return (code, None) if code else None


_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]{0,20}://)?([^/?#:\s]{1,253})")


def _only_wide_countries(found: Iterable[list[Place]]) -> bool:
    """Whether every place ``found`` is a country spanning several zones ("the United States",
    "Canada"): its zone is only its capital's, a guess that a place the issuing body's name holds
    ("the Government of Mongolia", "Leeds City Council") outranks."""
    places = [p for places in found for p in places]
    return bool(places) and all(
        not p.venue and (regions := _regions_named(p.name)) and all(r.admin1 is None and r.zone is None for r in regions)
        for p in places)


def _hosted(url: str) -> bool:
    """Whether ``url`` is on a site that hosts documents others upload (``document_hosts``)."""
    host = _HOST.match(url.strip().lower())
    name = host.group(1) if host else ""
    return any(name == site or name.endswith("." + site) for site in word_list("document_hosts"))


def _title_zone(title: str | None, country: tuple[str, str | None] | None,
                mentioned: Mentioned) -> tuple[str, str] | None:
    """The one zone the places the title names after a preposition, or in a body's name, lie
    in: a page whose text names its sessions' venues but not their city ("Etobicoke Olympium" /
    "250 Rathburn Rd") often names the city only in its title, and a story on a body's plans
    often names the body only there ("Boise State University announces ..."), and a story on a
    great city's services often names the city only as its title's first word (title_cities)."""
    if not title:
        return None
    words = words_in(title, 0, len(title))
    bodies = [p for p in body_places(words, title) if not region_and_towns(p.name)]    # "City of Ontario holds ..."
    return _agreed_zone([places_in(words, title) + bodies + glued_towns(title) + title_city(title)], country, mentioned)


def _region_zone(text: str) -> tuple[str, str] | None:
    """The one zone of the regions the text names anywhere by their full names (regions.named_regions):
    the last hint of where a page is ("... nothing beats a spring weekend in Queensland"). Never
    asked when the page's contact details disagree: that time is left floating on purpose."""
    found = named_regions(text)
    return next(iter(found.items())) if len(found) == 1 else None


def _people_zone(text: str) -> tuple[str, str] | None:
    """The one zone of the single-zone countries and the cities whose people the text names
    (``country_people``: "qualified Nigerians"; ``city_people``: "Aucklanders"), asked after the
    regions: a story about a place's people, filed from an office abroad, still happens where they live."""
    found: dict[str, str] = {}
    for name in ("country_people", "city_people"):
        pattern, zones = _named_marks(name, "people", r"(?<![\w-])", r"(?![\w-])")
        for match in pattern.finditer(text):
            found.setdefault(zones[match.group(0)], match.group(0))
    return next(iter(found.items())) if len(found) == 1 else None


FLOATING = "no time zone written: floating local time"

# A namesake abroad keeps its zone over the document's country only when it is a city of a
# million or more and far larger: "Paris" in a British notice is still Paris, "Boston" is Lincolnshire's.
WORLD_CITY = 1_000_000
WORLD_CITY_RATIO = 20


def in_country(place: Place | None, country: tuple[str, str | None] | None,
               mentioned: Mentioned = None, named: tuple[str, str | None] | None = None) -> Place | None:
    """``place`` read as its namesake in the document's ``country`` (and region), when it has
    one there and its name is not written with a region of its own ("Boston, Lincolnshire").
    With no country, or none of its namesakes in it, a name several comparable towns share is
    read where the document's ``mentioned`` places are, else in the one-zone country the page
    names most (``named``: "George Town" on a page naming the Cayman Islands), else it has no
    zone ("Lancaster": California, Pennsylvania, England; "Springfield" on a Dutch page)."""
    if place is None or place.pinned or not place.tz:
        return place
    town = place.town
    if not town or lookup(town) in place_overrides() or _regions_named(town):
        return place          # a name the table fixes ("Geneva"), a region or a country
    if country is None:
        moved = country_namesake(place, town, mentioned[1]) if mentioned else None
        if moved is None and named is not None:
            moved = _namesake_in(place, town, named)
        return moved or _settled(place, town, mentioned)
    local = _namesake_in(place, town, country)
    return local if local is not None else _settled(place, town, mentioned)   # none there: an open name abroad settles on no namesake


def _namesake_in(place: Place, town: str, country: tuple[str, str | None]) -> Place | None:
    """``place`` in the zone of its namesake in ``country`` (and region); unchanged when that is its
    zone or a world city abroad dwarfs the namesake; None when the country has no namesake."""
    code, admin1 = country
    local = (namesake_population(town, code, admin1) if admin1 else None) or namesake_population(town, code)
    if local is None:
        return None
    if local[1] == place.tz:
        return place
    largest = namesake_population(town)
    if largest is not None and largest[0] >= WORLD_CITY and largest[0] >= WORLD_CITY_RATIO * local[0]:
        return place
    return replace(place, tz=local[1])


def _settled(place: Place, town: str, mentioned: Mentioned) -> Place:
    """``place`` in the zone its name settles on: the largest namesake's when it dwarfs the
    others, else the namesake where the document's other places are, else none. A largest
    namesake spelt otherwise than written ("Saint Petersburg" for "St. Petersburg", whose own
    spelling is Florida's) gives way to a namesake where the document's other places are, and
    is none of them itself (``mentioned`` None: ``_mentioned`` asking)."""
    rivals = rival_zones(town)
    if len(rivals) == 1:
        zone: str | None = rivals[0]
        spelt = lookup(town)
        if spelt is None or gazetteer().get(spelt) != zone:
            zone = (namesake_among(town, *mentioned) or zone) if mentioned is not None else None
    elif not rivals:
        return place
    else:
        zone = namesake_among(town, *mentioned) if mentioned else None
    return place if zone == place.tz else replace(place, tz=zone)


def _regions_named(name: str) -> tuple[Region, ...]:
    """The countries and the regions that are places of their own ("in Queensland") ``name``
    names; not a county that is foremost a town ("Durham")."""
    return tuple(r for r in written_regions(name) if r.use == "place" or r.admin1 is None)


PlacesBySentence = dict[tuple[int, int], list[Place]]


def _places_by_sentence(text: str, sentences: Sentences, spans_of) -> PlacesBySentence:
    return {sentence: places_in(words_in(text, *sentence), text, spans_of(sentence)) for sentence in sentences.bounds}


def _held(places: list[Place], words: list[Word], sentences: Sentences, dated: bool, cache: dict) -> list[Place]:
    """The ``places`` where things happen, not where someone works or was: not a place after
    a person's post ("a professor of history at the University of Michigan") or in a person's
    affiliation (affiliations: "Dr Roe, Professor of History, The University of Michigan at
    Ann Arbor"; "Moderator: Ms Tan, a journalist based in Singapore"), nor one that a
    sentence dating nothing tells in the past ("Delany taught at the University of
    Massachusetts", "she grew up in Ohio"). Those are told in passing: the weakest evidence
    of the document's zone, used only when neither its other places, its contacts nor its
    other entries give one (``DocumentZones.passing``, floating_zones)."""
    if not places:
        return places
    return [p for p in places if not after_post(p, words) and not in_affiliation(p, sentences.text)
            and (dated or tense_at(sentences, p.start, p.end, cache=cache) != "past")]


POST_REACH = 4      # words between a post noun and its place's preposition ("professor of art history at")


def after_post(place: Place, words: list[Word], described: bool = False) -> bool:
    """Whether ``place`` follows a person's post (``post_nouns.en.txt``) and its preposition,
    the post right before it or joined to it by "of" and its field (``post_links.en.txt``:
    "director of the Hispanic Institute at"); "Professor Roe speaks in Denver" names no post's place.
    ``described``: only a post set beside someone as a description ("Jane Roe, a lecturer in
    poetry at"; ``_described_post``), not "a talk with the curator at the Leeds Art Gallery"."""
    links = word_list("post_links")
    at = next((i for i, w in enumerate(words) if w.start >= place.start), len(words)) - 1
    while at >= 1 and (words[at].is_capitalised or words[at].lower in word_list("name_particles")):
        at -= 1                     # a name holding the place: "the University of Michigan"
    if at >= 0 and words[at].lower in word_list("articles"):
        at -= 1
    if at < 1 or words[at].lower not in word_list("place_prepositions") | links:
        return False
    for k in range(at - 1, max(-1, at - 2 - POST_REACH), -1):
        if not words[k].is_word:
            return False            # a comma or bracket ends the post's phrase
        if words[k].lower in word_list("post_nouns") and (k == at - 1 or words[k + 1].lower in links):
            return not described or _described_post(words, k)
    return False


POST_LEAD_WORDS = 2     # words between the mark and the post: "a senior visiting lecturer"


def _described_post(words: list[Word], post: int) -> bool:
    """Whether the post at ``post`` describes someone: "a"/"an" (``post_apposition_marks``)
    or a comma before it, past a word or two ("a senior lecturer")."""
    marks = word_list("post_apposition_marks")
    for k in range(post - 1, max(-1, post - 2 - POST_LEAD_WORDS), -1):
        if not words[k].is_word or words[k].lower in marks:
            return True
        if words[k].lower in word_list("articles"):
            return False
    return False


WHOLE_YEARS = frozenset({"year", "decade", "century"})


def _held_places(every: PlacesBySentence, text: str, sentences: Sentences, spans_of,
                 years: frozenset[tuple[int, int]] = frozenset()) -> PlacesBySentence:
    """Each sentence's places where things happen (``_held``). A sentence dated by whole years
    only (``years``: "began in Sydney in 2007") is asked its tense like an undated one: a year
    told in the past is the story's history, not when anything on its calendar happens."""
    cache: dict = {}
    return {sentence: _held(places, words_in(text, *sentence), sentences,
                            any(span not in years for span in spans_of(sentence)), cache)
            for sentence, places in every.items() if places}


def _with_heading_places(held: PlacesBySentence, text: str, sentences: Sentences) -> PlacesBySentence:
    """``held`` and the towns qualified by their country that end a line (heading_places: "Santiago,
    Chile" over clock lines), each with its sentence: a city heading says where the lines under it happen;
    and the territories laws' titles name in brackets (statute_places: "the Harbour Dues (Jersey)
    Law 2011"): a notice issued under a law is where the law applies."""
    for place in heading_places(text) + statute_places(text):
        found = held.setdefault(sentences.at(place.start), [])
        if not any(p.start <= place.start < p.end for p in found):
            found.append(place)
    return held


def _mentioned(found: PlacesBySentence) -> Mentioned:
    """The zones and countries of the places the document names whose name is settled
    ("in Manchester", "in the UK"); a country of several zones gives its country only. A town
    is read in the countries and regions the document names when a namesake of comparable size
    lies there (country_namesakes: "San Jose" on a page naming Costa Rica)."""
    zones: set[str] = set()
    countries: set[str] = set()
    towns: list[Place] = []
    for places in found.values():
        for place in places:
            regions = _regions_named(place.name.split(",")[-1].strip()) if not place.venue else ()
            if regions and not place.pinned:
                countries.update(r.country for r in regions)
                zones.update(r.zone for r in regions if r.zone and r.admin1)
            else:
                towns.append(place)
    named = frozenset(countries)
    for place in towns:
        settled = in_country(place, None)
        if settled is not None and settled.tz and settled.town:
            settled = country_namesake(settled, settled.town, named) or settled
        if settled is not None and settled.tz:
            zones.add(settled.tz)
            countries.add(zone_countries().get(settled.tz, ""))
    return frozenset(zones), frozenset(countries - {""})


# A body's town named without its state or country ("The Bristol Police Department") is weak
# evidence: it settles on the largest namesake only when no namesake with other clocks is a
# tenth its size (Bristol, England is eight times Bristol, Connecticut's).
BODY_RIVAL_SHARE = 10


def _body_zone(text: str, sentences: Sentences, spans_of, country: tuple[str, str | None] | None = None,
               mentioned: Mentioned = None, held: bool = True) -> tuple[str, str] | None:
    """The zone the places the document's bodies' names hold agree on; ``held``: only the
    bodies where things happen (``_held``), else every body named."""
    cache: dict = {}

    def found(sentence: tuple[int, int]) -> list[Place]:
        dates = spans_of(sentence)
        words = words_in(text, *sentence)
        places = [p for p in body_places(words, text)
                  if not any(s < p.end and p.start < e for s, e in dates)
                  and (country is not None or _plain_body_town(p, mentioned))]
        return _held(places, words, sentences, bool(dates), cache) if held else places
    return _agreed_zone(map(found, sentences.bounds), country, mentioned)


def _plain_body_town(place: Place, mentioned: Mentioned) -> bool:
    """Whether the body's town names one clock: its sizeable namesakes keep the same time, or
    the document's other places pick one of them."""
    town = place.town
    if not town or _regions_named(town):
        return True
    clocks = {clock_offsets(zone) for zone in rival_zones(town, BODY_RIVAL_SHARE)}
    return len(clocks) <= 1 or bool(mentioned and namesake_among(town, *mentioned))


def _agreed_zone(found: Iterable[list[Place]], country: tuple[str, str | None] | None,
                 mentioned: Mentioned, named: tuple[str, str | None] | None = None) -> tuple[str, str] | None:
    """The one zone all the places ``found`` (a list per sentence) lie in, and their names."""
    zones: dict[str, list[str]] = {}
    for places in found:
        for place in places:
            place = in_country(place, country, mentioned, named)
            if place.tz:
                names = zones.setdefault(place.tz, [])
                if place.name not in names:
                    names.append(place.name)
    if len(zones) != 1:
        return None
    (zone, names), = zones.items()
    return zone, ", ".join(names)


# A domain after "@", "://" or "www." (its country code captured), or a "+" calling code.
_DOMAIN = re.compile(r"(?:@|://|(?<![\w.])www\.)[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.([a-z]{2})(?![\w-])")
_CALLING = re.compile(r"(?<![\w+])\+(\d{1,3})[\s(.-]{0,2}\d")
# A number of the North American plan, "+1" or "1-" before it or not: "246-417-6610", "(876) 555-0100".
_NANP_NUMBER = re.compile(r"(?<![\w+.-])(?:\+?1[ .-])?\(?([2-9]\d\d)\)?[ .-]{1,2}[2-9]\d\d[ .-]\d{4}(?![\w-])")


@lru_cache(maxsize=None)
def _nanp_zones() -> dict[str, str]:
    """Area code to zone for the plan's countries and territories of one zone (``nanp_area_zones``)."""
    return {row["code"]: row["zone"] for row in table("nanp_area_zones")}


@lru_cache(maxsize=None)
def _bare_domain() -> re.Pattern[str]:
    """A domain written with neither "www." nor "@" nor "://" ("Visit harbourside.org.nz"),
    under a country's second-level domain (``second_level_domains``: "org.nz", "co.za"), its
    country code captured: "example.in" alone may be a file's name, "stelchoir.co.za" is no file."""
    labels = "|".join(sorted(map(re.escape, word_list("second_level_domains")), key=len, reverse=True))
    return re.compile(rf"(?<![\w.@/-])[A-Za-z0-9-]{{1,63}}(?:\.[A-Za-z0-9-]{{1,63}}){{0,4}}\.(?:{labels})\.([a-z]{{2}})(?![\w-])")


@lru_cache(maxsize=None)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """Web domain -> zone and calling code -> zone; "-" in a column gives that country no say by it."""
    rows = table("country_zones")
    return ({r["domain"]: r["zone"] for r in rows if r["domain"] != "-"},
            {r["calling"]: r["zone"] for r in rows if r["calling"] != "-"})


@lru_cache(maxsize=None)
def _second_level_zones() -> dict[str, str]:
    """Country code -> zone for the territories whose code counts only under a second-level label
    (``second_level_country_zones``: ".co.im" is the Isle of Man's, a bare ".im" anybody's)."""
    return {row["domain"]: row["zone"] for row in table("second_level_country_zones")}


def _second_level_zone(host: str, code: str) -> str | None:
    """The territory's zone when ``host`` ends in one of its second-level labels ("iomtoday.co.im"), else None."""
    zone = _second_level_zones().get(code)
    if zone is None:
        return None
    labels = host.rsplit(".", 2)
    return zone if len(labels) == 3 and labels[1].lower() in word_list("second_level_domains") else None


@lru_cache(maxsize=None)
def _zone_patterns(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A table's patterns (postcodes, road numbers) as whole words, and their zones."""
    return tuple((re.compile(rf"(?<![\w-]){row['pattern']}(?![\w-])"), row["zone"]) for row in table(name))


def _postcodes() -> tuple[tuple[re.Pattern[str], str], ...]:
    return _zone_patterns("postcode_zones")


@lru_cache(maxsize=None)
def _named_marks(name: str, key: str, before: str, after: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """A table's marks (institutions, currency signs) as one pattern, longest first, and their zones."""
    zones = {row[key]: row["zone"] for row in table(name)}
    marks = "|".join(re.escape(m) for m in sorted(zones, key=len, reverse=True))
    return re.compile(rf"{before}(?:{marks}){after}"), zones


def postcode_zone(text: str) -> str | None:
    """The zone of the first postcode of a single-zone country in ``text``."""
    return next((zone for pattern, zone in _postcodes() if pattern.search(text)), None)


@lru_cache(maxsize=None)
def _institutions() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The institutions' names as one pattern, longest first, and the zones each may be in
    ("NSE": the exchanges of Mumbai, Nairobi and Lagos)."""
    zones: dict[str, set[str]] = {}
    for row in table("institution_zones"):
        zones.setdefault(row["name"], set()).add(row["zone"])
    marks = "|".join(re.escape(m) for m in sorted(zones, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{marks})(?![\w-])"), {name: frozenset(z) for name, z in zones.items()}


def _institution_zones(text: str) -> dict[str, str]:
    """Zone -> the institution's name, for the names of one zone; names that may be in several
    zones count together, by the one zone they all share ("trading on both the BSE and the NSE":
    both are exchanges in India, each alone is also one of another country's)."""
    pattern, zones = _institutions()
    found: dict[str, str] = {}
    shared: frozenset[str] | None = None
    open_names: list[str] = []
    for match in pattern.finditer(text):
        name = match.group(0)
        if len(zones[name]) == 1:
            found.setdefault(next(iter(zones[name])), name)
            continue
        shared = zones[name] if shared is None else shared & zones[name]
        if name not in open_names:
            open_names.append(name)
    if shared is not None and len(shared) == 1 and set(found) <= shared:
        found.setdefault(next(iter(shared)), " and ".join(open_names))
    return found


@lru_cache(maxsize=None)
def _state_domains() -> tuple[re.Pattern[str], dict[str, str]]:
    """A state's or territory's domain ending a host (".wa.gov.au"; ``state_domain_zones``): a label
    and its dot before it, nothing of a longer name after it. Fixed alternatives: linear."""
    zones = {row["domain"]: row["zone"] for row in table("state_domain_zones")}
    names = "|".join(re.escape(d) for d in sorted(zones, key=len, reverse=True))
    return re.compile(rf"(?<=[a-z0-9-]\.)({names})(?![\w-]|\.\w)"), zones


def _currencies() -> tuple[re.Pattern[str], dict[str, str]]:
    """A currency mark before an amount ("£5", "CHF 40", "₹500")."""
    return _named_marks("currency_zones", "mark", r"(?<![\w$])", r"(?=\s?\d)")


def _contact_zone(text: str) -> tuple[tuple[str, str] | None, tuple[str, str | None] | None, str | None]:
    """The one zone every country-coded address, calling code, postcode, road number and region in an
    address or the heading ("Maple Grove, OR 97381", "CITY OF MAPLE GROVE, OREGON") of the
    document points to, and the (country, region) it names; when they point to several zones,
    none, and the zones with what points to each, for the report."""
    by_domain, by_calling = _countries()
    found: dict[str, str] = {}
    regions = address_regions(text) + heading_regions(_heading_lines(text)) + address_regions_in_lines(text)
    for region, written in regions:
        found.setdefault(region.zone, written)
    for match in (*_DOMAIN.finditer(text), *_bare_domain().finditer(text)):
        zone = by_domain.get(match.group(1)) or _second_level_zone(match.group(0), match.group(1))
        if zone is not None:
            found.setdefault(zone, match.group(0).lstrip("@:/"))
    pattern, state_zones = _state_domains()
    for match in pattern.finditer(text):
        found.setdefault(state_zones[match.group(1)], match.group(1))
    for pattern, zone in (*_postcodes(), *_zone_patterns("road_zones")):
        match = pattern.search(text)
        if match is not None:
            found.setdefault(zone, match.group(0))
    for match in _currencies()[0].finditer(text):
        found.setdefault(_currencies()[1][match.group(0)], match.group(0))
    for match in _CALLING.finditer(text):
        digits = match.group(1)
        zone = next((by_calling[digits[:n]] for n in (3, 2, 1) if digits[:n] in by_calling), None)
        if zone is not None:
            found.setdefault(zone, "+" + digits)
    for match in _NANP_NUMBER.finditer(text):
        zone = _nanp_zones().get(match.group(1))
        if zone is not None:
            found.setdefault(zone, match.group(0).strip())
    if not found:       # the weakest: a body of one country's ("County Council") says where only alone
        found.update(_institution_zones(text))
    if len(found) != 1:
        return None, None, (", ".join(f"{zone} ({evidence})" for zone, evidence in found.items()) or None)
    (zone, evidence), = found.items()
    divisions = {(r.country, r.admin1) for r, _ in regions}
    if len(divisions) == 1:
        return (zone, evidence), divisions.pop(), None
    country = zone_countries().get(zone)
    return (zone, evidence), ((country, None) if country else None), None


def _heading_lines(text: str) -> list[str]:
    """The opening lines but a byline's ("by Ada Moss, New York"): the office a reporter files
    from says nothing of where the story's events are."""
    lines = [text[s:text.find("\n", s) if "\n" in text[s:] else len(text)] for s in opening_lines(text)]
    return [line for line in lines if not opens_byline(line)]


def contact_country(text: str) -> str | None:
    """The country the page's addresses, numbers, postcodes and prices point to (``_contact_zone``)."""
    contacts, country, _ = _contact_zone(text)
    if country is not None:
        return country[0]
    return zone_countries().get(contacts[0]) if contacts is not None else None


def _written_zone(text: str, timexes: list[Timex]) -> tuple[str, str] | None:
    """The one zone the document writes its clocks in, and how; a clock that restates the one
    before it in another zone ("3pm GMT / 8:30pm IST") is a translation and has no say."""
    restating = restating_clocks(text, timexes)
    written = {(t.tz, t.tz_text) for t in timexes if t.tz and t.tz_text and id(t) not in restating}
    zones = {zone for zone, _ in written}
    if len(zones) != 1:
        return None
    zone = zones.pop()
    return zone, sorted(text for z, text in written if z == zone)[0]


def event_zone(timex: Timex, timing: Timing, place: Place | None, doc: Document, doc_place: Place | None,
               zones: DocumentZones, shared: bool = False) -> tuple[str | None, str | None]:
    """(zone, why) for a timed event; (None, None) for an all-day one; (None, why) floating."""
    if timing.all_day:
        return None, None
    place = in_country(place, zones.country, zones.mentioned, zones.named)
    doc_place = _read_in_country(doc_place, zones)
    if timex.tz and timex.tz_text:
        local = _glossing_town_zone(doc.text, timex) or _local_zone(place, doc_place, zones)
        return local_reading(timex.tz, timex.tz_text, local), None
    if zones.stated is not None:
        zone, written = zones.stated
        return zone, f"time zone {zone} as the document states for all its times (\"{written}\")"
    if place is not None and place.tz and (place.start >= 0 or shared):
        return place.tz, f"time zone {place.tz} from the place ({place.name})"
    if doc.timezone:
        return doc.timezone, f"time zone {doc.timezone} from the document's front matter"
    if timex.tz:
        return timex.tz, None
    if doc_place is not None and doc_place.tz:
        return doc_place.tz, f"time zone {doc_place.tz} from the document's place ({doc_place.name})"
    if zones.written is not None:
        zone, written = zones.written
        local = (zones.contacts or zones.places or (None, None))[0]
        if zone == "UTC" and written.upper() == "GMT" and local == "Europe/London":
            zone = local          # a British "00:01 GMT" elsewhere means UK time for a bare "10am"
        zone = local_reading(zone, written, _local_zone(place, doc_place, zones))
        return zone, f"time zone {zone} as the document writes it elsewhere (\"{written}\")"
    if zones.places is not None and (place is None or place.tz is None):
        return zones.places[0], f"time zone {zones.places[0]} from the document's places ({zones.places[1]})"
    if zones.contacts is not None and (place is None or place.tz is None):
        zone, evidence = zones.contacts
        return zone, f"time zone {zone} from the document's contact details and prices ({evidence})"
    if zones.body is not None and (place is None or place.tz is None):
        return zones.body[0], f"time zone {zones.body[0]} from the place the issuing body names ({zones.body[1]})"
    if zones.default is not None:
        return zones.default, f"time zone {zones.default} given for the build (--timezone)"
    return None, FLOATING


def _read_in_country(doc_place: Place | None, zones: DocumentZones) -> Place | None:
    """The dateline's town read as its namesake where the page's country, places or the country it
    names lie ("ST. THOMAS —" on a page naming the V.I. is the island, not the Ontario town), when
    that gives it a zone; a name the page leaves open keeps the zone it had."""
    if doc_place is None or doc_place.tz is None:
        return doc_place
    moved = in_country(doc_place, zones.country, zones.mentioned, zones.named)
    return moved if moved is not None and moved.tz else doc_place


_ZONE_TOWN = re.compile(r"[ \t]{0,2}\(([A-Z][A-Za-z.' -]{1,30}?)\)")


def _glossing_town_zone(text: str, timex: Timex) -> str | None:
    """The zone of a town glossing the timex's zone abbreviation in brackets ("10:00 AM AEST
    (Brisbane)", "7pm AEST (Brisbane time) on Wednesday 20 January"): it says whose clock the
    abbreviation means."""
    written = [m.end() for m in re.finditer(rf"(?<![^\W\d_]){re.escape(timex.tz_text)}(?![^\W\d_])", timex.text)]
    if not written:
        return None
    match = _ZONE_TOWN.match(text, timex.start + written[-1])
    if match is None:
        return None
    words = match.group(1).split()
    while words and words[-1].lower() in word_list("zone_town_tails"):
        words.pop()
    if not words:
        return None
    canonical = lookup(" ".join(words))
    return gazetteer()[canonical] if canonical is not None else None


def _local_zone(place: Place | None, doc_place: Place | None, zones: DocumentZones) -> str | None:
    """Where the document or event is, as far as its places and contacts say."""
    for zone in (place.tz if place is not None else None, zones.stated and zones.stated[0],
                 doc_place.tz if doc_place is not None else None, zones.places and zones.places[0],
                 zones.contacts and zones.contacts[0], zones.body and zones.body[0]):
        if zone:
            return zone
    return None
