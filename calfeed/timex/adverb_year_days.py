"""A year-less day right after "this year" / "next year" / "last year" is that year's.

"The parade, held this year on 1 September", "it returns next year from 3 to 5 May", "it ran
last year on 3 May": the relative year written just before the day, joined to it by nothing but
a comma and a date preposition (``year_adverb_links.txt``), names the day's year. Read from the
tense alone the day would fall in the nearest year that fits the verb, which a participle such as
"held" (taken as a past) puts a year early. The year is counted from the document's date, so
without one nothing is settled here. Like :mod:`fronted_years`, this works on the raw values
before resolution; the adverb is nearer its day than any shared or fronted year, so it wins.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Sequence

from calfeed.model import Timex
from calfeed.timex.lexicon import load_list
from calfeed.timex.rawvalue import core_of, yearless_month_day

# A year counted from the document's date: "REF+P0Y;dir=this", "REF-P1Y;dir=last".
_RELATIVE_YEAR = re.compile(r"REF(?P<sign>[+-])P(?P<count>\d{1,2})Y(?:;|\Z)")
GAP_REACH = 16     # characters between the adverb and its day ("this year, on " is 5)


def adverb_year_days(timexes: Sequence[Timex], text: str, reference: date | None,
                     lang: str = "en") -> dict[int, str]:
    """Index (in ``timexes``, sorted by start) -> the raw core with its adverb's year."""
    if reference is None:
        return {}
    found: dict[int, str] = {}
    for index in range(1, len(timexes)):
        timex, adverb = timexes[index], timexes[index - 1]
        if yearless_month_day(timex.type, timex.raw_value or timex.value) is None:
            continue
        year = _adverb_year(adverb, reference)
        if year is None or not _linked(text[adverb.end:timex.start], lang):
            continue
        core = core_of(timex.raw_value or timex.value)
        found[index] = f"{year:04d}{core[4:]}"
    return found


def dated_by_adverb(text: str, adverb: Timex, day: Timex, lang: str = "en") -> bool:
    """``adverb`` is "this year" (or "next year" ...) and dates ``day`` right after it."""
    return (adverb.type == "DATE" and _RELATIVE_YEAR.match(adverb.raw_value or "") is not None
            and adverb.end <= day.start and _linked(text[adverb.end:day.start], lang))


def _adverb_year(timex: Timex, reference: date) -> int | None:
    """The year a relative year adverb names, counted from the reference date."""
    if timex.type != "DATE":
        return None
    match = _RELATIVE_YEAR.match(timex.raw_value or "")
    if match is None:
        return None
    count = int(match.group("count"))
    return reference.year + (count if match.group("sign") == "+" else -count)


def _linked(gap: str, lang: str) -> bool:
    """Only a comma and one link word stand between the adverb and the day."""
    if len(gap) > GAP_REACH or "\n" in gap:
        return False
    words = gap.replace(",", " ").split()
    return len(words) == 1 and words[0].lower() in _links(lang)


@lru_cache(maxsize=None)
def _links(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_list(lang, "year_adverb_links"))
