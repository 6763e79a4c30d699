"""The time zone of a timed event, from the most specific thing the document says.

A clock time with no zone is read where the event happens. When neither its sentence nor
its main event places it, the document still hints: a front-matter zone, the dateline's
place, a zone it writes beside its other times ("12:00 (Brussels time)" makes "Opening of
tenders: 10:00" Brussels time too), the one zone all its places agree on, and last the zone
the person building the feeds gave. Only with none of these is the time left floating.
Contact details count too: addresses, numbers and prices of one single-zone country
("press@unog.ch", "+41 22 917 1234", the page's own address, "HF1 2AB", "£5", "the Parish
Council") say where the
organisation, and so most likely its events, are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.places import Place, places_in
from calfeed.events.timing import Timing
from calfeed.events.vocabulary import table
from calfeed.events.words import words_in
from calfeed.model import Document, Timex
from calfeed.text import Sentences


@dataclass(frozen=True)
class DocumentZones:
    places: tuple[str, str] | None = None    # (zone, place names) all the document's places lie in
    written: tuple[str, str] | None = None   # (zone, as written) all its written zones agree on
    contacts: tuple[str, str] | None = None  # (zone, evidence) its web addresses and phone numbers agree on
    default: str | None = None               # given for the build (--timezone)


def document_zones(text: str, sentences: Sentences, timexes: list[Timex], spans_of,
                   default: str | None = None, url: str | None = None) -> DocumentZones:
    """What the whole document says about zones; ``spans_of(sentence)`` gives the date spans
    in a sentence, which are never places; ``url`` is the document's own address."""
    return DocumentZones(_places_zone(text, sentences, spans_of), _written_zone(timexes),
                         _contact_zone(text + ("\n" + url if url else "")), default)


def _places_zone(text: str, sentences: Sentences, spans_of) -> tuple[str, str] | None:
    zones: dict[str, list[str]] = {}
    for sentence in sentences.bounds:
        for place in places_in(words_in(text, *sentence), text, spans_of(sentence)):
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


@lru_cache(maxsize=None)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    rows = table("country_zones")
    return {r["domain"]: r["zone"] for r in rows}, {r["calling"]: r["zone"] for r in rows}


@lru_cache(maxsize=None)
def _postcodes() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(rf"(?<![\w-]){row['pattern']}(?![\w-])"), row["zone"]) for row in table("postcode_zones"))


@lru_cache(maxsize=None)
def _named_marks(name: str, key: str, before: str, after: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """A table's marks (institutions, currency signs) as one pattern, longest first, and their zones."""
    zones = {row[key]: row["zone"] for row in table(name)}
    marks = "|".join(re.escape(m) for m in sorted(zones, key=len, reverse=True))
    return re.compile(rf"{before}(?:{marks}){after}"), zones


def _institutions() -> tuple[re.Pattern[str], dict[str, str]]:
    return _named_marks("institution_zones", "name", r"(?<![\w-])", r"(?![\w-])")


def _currencies() -> tuple[re.Pattern[str], dict[str, str]]:
    """A currency mark before an amount ("£5", "CHF 40", "₹500")."""
    return _named_marks("currency_zones", "mark", r"(?<![\w$])", r"(?=\s?\d)")


def _contact_zone(text: str) -> tuple[str, str] | None:
    """The one zone every country-coded address and calling code of the document points to."""
    by_domain, by_calling = _countries()
    found: dict[str, str] = {}
    for match in _DOMAIN.finditer(text):
        zone = by_domain.get(match.group(1))
        if zone is not None:
            found.setdefault(zone, match.group(0).lstrip("@:/"))
    for pattern, zone in _postcodes():
        match = pattern.search(text)
        if match is not None:
            found.setdefault(zone, match.group(0))
    for pattern, zones in (_institutions(), _currencies()):
        for match in pattern.finditer(text):
            found.setdefault(zones[match.group(0)], match.group(0))
    for match in _CALLING.finditer(text):
        digits = match.group(1)
        zone = next((by_calling[digits[:n]] for n in (3, 2, 1) if digits[:n] in by_calling), None)
        if zone is not None:
            found.setdefault(zone, "+" + digits)
    if len(found) != 1:
        return None
    (zone, evidence), = found.items()
    return zone, evidence


def _written_zone(timexes: list[Timex]) -> tuple[str, str] | None:
    written = {(t.tz, t.tz_text) for t in timexes if t.tz and t.tz_text}
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
    if timex.tz and timex.tz_text:
        return timex.tz, None
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
        return zone, f"time zone {zone} as the document writes it elsewhere (\"{written}\")"
    if zones.places is not None and (place is None or place.tz is None):
        return zones.places[0], f"time zone {zones.places[0]} from the document's places ({zones.places[1]})"
    if zones.contacts is not None and (place is None or place.tz is None):
        zone, evidence = zones.contacts
        return zone, f"time zone {zone} from the document's contact details and prices ({evidence})"
    if zones.default is not None:
        return zones.default, f"time zone {zones.default} given for the build (--timezone)"
    return None, "no time zone written: floating local time"
