"""A bare year fronting a sentence gives its year to the sentence's year-less days.

A page that sets out days for more than one year often writes each year once, at the head of
the sentence listing its days: "In 2031, the open days will be May 4 and June 8 and 9", "As
for 2032, the days picked are March 1, April 5 and May 3". The days carry no year of their own,
and read against the page's date (or the tense of a participle such as "picked") they would land
in whatever year is nearest; the fronted year says which. Only a year standing right after a
lead word at the very start of a sentence (``fronted_year_leads.txt``) and followed by a comma
counts, so a year inside the sentence ("the 2031 fair", "since 2031") or one of a pair ("In 2031
and 2032, ...") gives nothing. Like :mod:`shared_years`, this works on the raw values before
resolution; a year a day shares with a dated day in its own list is nearer and wins.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from calfeed.model import Timex
from calfeed.text import split_sentences
from calfeed.timex.lexicon import load_list
from calfeed.timex.rawvalue import core_of, yearless_month_day

LEAD_REACH = 12        # characters read back from a year for its lead words ("as for", "throughout")
_OPENING_MARKS = " \t*_\"'“‘(-•"


def fronted_years(timexes: Sequence[Timex], text: str, lang: str = "en") -> dict[int, str]:
    """Index (in ``timexes``, sorted by start) -> the raw core with the year its sentence fronts."""
    fronts = [t for t in timexes if _fronted(text, t, lang)]
    if not fronts:
        return {}      # most pages: no sentence opens on a bare year, and the sentences are not split here
    sentences = split_sentences(text)
    years = {sentences.index_at(t.start): int(t.text) for t in fronts}
    found: dict[int, str] = {}
    for index, timex in enumerate(timexes):
        if yearless_month_day(timex.type, timex.raw_value or timex.value) is None:
            continue
        year = years.get(sentences.index_at(timex.start))
        if year is not None:
            core = core_of(timex.raw_value or timex.value)
            found[index] = f"{year:04d}{core[4:]}"
    return found


def _fronted(text: str, timex: Timex, lang: str) -> bool:
    """A four-figure year alone, right after a lead word that opens its sentence, and a comma after it."""
    if timex.type != "DATE" or not timex.bare_year or text[timex.end:timex.end + 1] != ",":
        return False
    before = text[max(0, timex.start - LEAD_REACH):timex.start]
    for lead in _leads(lang):
        if len(before) <= len(lead) or not before.endswith(" ") or before[:-1].lower()[-len(lead):] != lead:
            continue
        at = timex.start - 1 - len(lead)
        if at > 0 and text[at - 1].isalnum():
            continue       # "... within 2031,": the lead is the end of another word
        while at > 0 and text[at - 1] in _OPENING_MARKS:     # marks only: a run of them is as long as the text
            at -= 1
        return at == 0 or text[at - 1] in ".!?\n"
    return False


@lru_cache(maxsize=None)
def _leads(lang: str) -> tuple[str, ...]:
    """The lead words, longest first, lower-cased."""
    return tuple(sorted({w.lower() for w in load_list(lang, "fronted_year_leads")}, key=len, reverse=True))
