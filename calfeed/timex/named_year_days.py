"""A year written only inside a name, in the sentence of year-less days: their year.

An undated page often writes its year once, inside the name of what its days are for:
"moved back from May 7 to May 9 (for the 2018 Autumn bursary round)", "our 2019 open
day runs June 3 to June 5", "Coastal Fair 2019 opens on 9th March". Read as a bare year told in
the past ("has been moved back ... 2018") it says only that the page is later; but a name's year
beside the days it is for dates them, and so the page's other year-less days. A year leads a name
after a determiner ("the 2020 Spring ...", "our 2019 open day") or ends one after a capitalised
word inside a sentence ("Coastal Fair 2019 opens"); either way a year-less day must stand in the
same sentence. Only one such year on the page: two name no single year. A sentence that remembers
("the ceremony marking the 2004 tsunami", "the 1916 Rising commemoration", "a reunion for the 1975
graduates": name_year_vetoes.txt) or writes "this year" beside the name holds a year gone by, not
its days' year: such a name dates nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import Sentences
from calfeed.timex.lexicon import load_list, load_words
from calfeed.timex.name_years import cited_year, held_title, name_year_blockers, year_ends_name
from calfeed.timex.rawvalue import yearless_month_day

LOOK_WORDS = 3     # words read either side of a year for the name it sits in


@dataclass(frozen=True)
class NamedYear:
    year: int
    timex: Timex       # the year as written
    day: Timex         # a year-less day of its sentence


def named_year(text: str, sentences: Sentences, timexes: list[Timex]) -> NamedYear | None:
    """The one year written inside a name in a sentence with a year-less day, else None."""
    yearless = [t for t in timexes if yearless_month_day(t.type, t.raw_value or t.value) is not None]
    if not yearless:
        return None
    found: list[NamedYear] = []
    for timex in timexes:
        if (timex.type != "DATE" or timex.span is None or timex.problem or timex.span.granularity != "year"
                or not timex.bare_year or not _in_name(text, timex)
                or held_title(text, timex)):      # "the 2021 title-holders": a season over, no edition
            continue
        here = sentences.index_at(timex.start)
        if _remembers(text, *sentences.at(timex.start)):
            continue
        day = next((t for t in yearless if sentences.index_at(t.start) == here), None)
        if day is not None:
            found.append(NamedYear(int(timex.text), timex, day))
    return found[0] if found and len({f.year for f in found}) == 1 else None


def _in_name(text: str, timex: Timex) -> bool:
    """Whether a bare year leads a name after a determiner with a word right after it ("the 2020
    Spring application deadline") or ends one after a capitalised word inside a sentence ("Fair
    2019 opens"); not after a word that bounds or targets a year ("since 2001", "Vision 2030")."""
    before = [w for w in words_in(text, max(0, timex.start - 60), timex.start) if w.is_word][-LOOK_WORDS:]
    after = [w for w in words_in(text, timex.end, min(len(text), timex.end + 40)) if w.is_word][:1]
    blockers = name_year_blockers()
    if not before or before[-1].lower in blockers or text[before[-1].end:timex.start] != " ":
        return False
    if before[-1].lower in load_words("en", "determiners") and bool(after) and text[timex.end:after[0].start] == " ":
        return True
    return len(before) > 1 and year_ends_name(text, timex.start, before, blockers)


def _remembers(text: str, start: int, end: int) -> bool:
    """Whether the sentence holds a remembering word or run of words (name_year_vetoes.txt)."""
    words = tuple(w.lower.removesuffix("'s").removesuffix("’s")
                  for w in words_in(text, start, end) if w.is_word)
    vetoes = _vetoes()
    return any(words[i:i + size] in vetoes for size in {len(v) for v in vetoes} for i in range(len(words)))


@lru_cache(maxsize=None)
def _vetoes() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.lower().split()) for w in load_list("en", "name_year_vetoes"))


def listed_year(text: str, sentences: Sentences, timexes: list[Timex]) -> NamedYear | None:
    """The one year a sentence gives a list of days ("Council has set the following meeting timetable
    for 2017", "our fixtures for 2017 are below"; the nouns are section_year_list_nouns.txt) when
    year-less days follow that sentence: the list below is that year's, whatever the tense of the
    verb that sets it. Only one such year on the page, and no other bare year but a statute's."""
    years = [t for t in timexes if t.type == "DATE" and t.span is not None and not t.problem
             and t.span.granularity == "year" and t.bare_year
             and not cited_year(words_in(text, sentences.at(t.start)[0], t.start))]   # "the Act 1995"
    if len({t.text for t in years}) != 1:
        return None
    year = years[0]
    before = [w for w in words_in(text, max(0, year.start - 40), year.start) if w.is_word][-2:]
    if (len(before) < 2 or before[1].lower not in load_words("en", "section_year_list_links")
            or before[0].lower not in load_words("en", "section_year_list_nouns") or text[before[1].end:year.start] != " "):
        return None
    end = sentences.at(year.start)[1]
    day = next((t for t in timexes if t.start >= end
                and yearless_month_day(t.type, t.raw_value or t.value) is not None), None)
    return NamedYear(int(year.text), year, day) if day is not None else None
