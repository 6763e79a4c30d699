"""A holiday's name that only one country's calendar dates, read on a page about another country.

The tagger dates a bare holiday name from one table ("Independence Day" is 4 July), but many
countries keep a day of that name on days of their own: on a Gambian notice "Independence Day
Public Holiday" is 18 February, never 4 July. When the page is about one country (its places, else
its contact details or its bodies' names, else the one country or people it names in passing:
"the government of Samoa", event_zones.DocumentZones.page_zone) and the table's day belongs to
others (``holiday_countries.en.tsv``), the reckoned day is no entry; it is
listed for review instead (a person may know the day), never dropped silently. A page whose
country is unknown keeps the table's day, as before; a name the page dates itself ("Veterans
Day: Monday 3 March", a holiday list's line) carries the written day and is no bare name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.candidates import Candidate
from calfeed.events.regions import zone_countries
from calfeed.events.vocabulary import table

HOLIDAY_RULE = "holiday"      # the tagger's rule of a holiday's name read alone


@lru_cache(maxsize=None)
def _holiday_countries() -> dict[str, frozenset[str]]:
    return {row["name"]: frozenset(row["countries"].split()) for row in table("holiday_countries")}


@dataclass(frozen=True)
class ForeignHoliday:
    candidate: Candidate
    why: str


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


MAX_LEAD_WORDS = 3      # words before the name the tagger takes in ("the upcoming Independence Day")


def _keepers(text: str) -> frozenset[str] | None:
    """The countries that keep the table's day of the holiday ``text`` names, read as its last
    words ("the upcoming Independence Day", "this year's Labor Day"); None for a name the table lacks."""
    words = _key(text).split()
    for lead in range(min(MAX_LEAD_WORDS, len(words) - 1) + 1):
        found = _holiday_countries().get(" ".join(words[lead:]))
        if found is not None:
            return found
    return None


def without_foreign_holidays(candidates: list[Candidate], page_zone: str | None
                             ) -> tuple[list[Candidate], list[ForeignHoliday]]:
    """``candidates`` without the bare holiday names whose table day is another country's than
    the one ``page_zone`` (the zone of the country the page is about) lies in; and those left out."""
    country = zone_countries().get(page_zone or "")
    if country is None:
        return candidates, []
    kept: list[Candidate] = []
    foreign: list[ForeignHoliday] = []
    for cand in candidates:
        keepers = _keepers(cand.timex.text) if cand.timex.rule == HOLIDAY_RULE else None
        if keepers is None or country in keepers:
            kept.append(cand)
            continue
        foreign.append(ForeignHoliday(cand, (
            f"\"{cand.timex.text}\" falls on {cand.timing.start:%-d %B} only in {', '.join(sorted(keepers))}; "
            f"the page is about {country}, which keeps a day of that name of its own: no calendar entry")))
    return kept, foreign
