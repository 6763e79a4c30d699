"""The year a text is written in, when it counts its years from a year it names: "the charter
of 1615, which marks its 400th anniversary this year" is written in 2015; "In its 9th year since
its relaunch in 2004, the fair ..." in 2012.

The counts are English usage, kept in ``counted_year_nouns.tsv``. An anniversary counts whole
years: the Nth anniversary of Y falls in Y + N, and "this year" in its sentence says the text is
written then. An ordinal year counts the year it starts from as the first (a club "in its first
year" began this year), so "its Nth year since Y" is Y + N - 1. Only a sentence that names one
year and holds one such count is read, and every such sentence of the text must agree; the year
is evidence for a page that names no date of its own (see document_date), never above one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from calfeed.text import split_sentences
from calfeed.timex.lexicon import load_table, ordinal_ending

ORDINAL_MOST = 999      # a count of years beyond this is no anniversary
# A four-digit year standing alone: not part of a longer number ("12,1998", "1998,500"), a decimal or a clock.
_YEAR = re.compile(r"(?<![\d,.:])(1\d{3}|20\d{2})(?![\d:]|[.,]\d)")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class CountedYear:
    """The year of writing a count of years gives, and the words that give it."""
    year: int
    shown: str


@dataclass(frozen=True)
class _Count:
    noun: str
    link: tuple[str, ...]
    reach: int | None
    offset: int


@lru_cache(maxsize=None)
def _counts() -> tuple[_Count, ...]:
    return tuple(_Count(row["noun"].lower(), tuple(row["link"].lower().split()),
                        int(row["reach"]) if row["reach"] else None, int(row["offset"]))
                 for row in load_table("en", "counted_year_nouns"))


@lru_cache(maxsize=None)
def _ordinal_noun() -> re.Pattern[str]:
    """A number with its ordinal ending, then a noun of the table: "500th anniversary"."""
    nouns = "|".join(sorted({re.escape(c.noun) for c in _counts()}, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,])(\d{{1,3}}){ordinal_ending()}[ \t]+({nouns})(?![\w-])", re.IGNORECASE)


def counted_year(text: str) -> CountedYear | None:
    """The year of writing the text's counts of years agree on ("its 500th anniversary this year"
    beside "of 1516": 2016), else None."""
    if not _ordinal_noun().search(text):
        return None             # cheap test first: most texts count no years
    sentences = split_sentences(text)
    found: list[CountedYear] = []
    for start, end in sentences.bounds:
        sentence = text[start:end]
        counts = list(_ordinal_noun().finditer(sentence))
        if not counts:
            continue
        years = {int(m.group(1)) for m in _YEAR.finditer(sentence)}
        if len(counts) != 1 or len(years) != 1:
            continue            # two counts or two years: which counts from which is no sure sum
        year = _year_of(sentence, counts[0], years.pop())
        if year is not None:
            found.append(year)
    if not found or len({f.year for f in found}) > 1:
        return None
    return found[0]


def _year_of(sentence: str, count: re.Match[str], named: int) -> CountedYear | None:
    """The year of writing one count gives, with the year ``named`` in its sentence, when its link
    words stand where the table says."""
    number = int(count.group(1))
    rule = next(c for c in _counts() if c.noun == count.group(2).lower())
    if not 0 < number <= ORDINAL_MOST or not _linked(sentence, count.end(), rule):
        return None
    year = named + number + rule.offset
    return CountedYear(year, f"{count.group(0)}\" from \"{named}") if year > named else None


def _linked(sentence: str, noun_end: int, rule: _Count) -> bool:
    """Whether the sentence holds the rule's link words: within its reach after the noun, or
    anywhere when it has none."""
    words = [w.lower() for w in _WORD.findall(sentence if rule.reach is None else sentence[noun_end:])]
    size = len(rule.link)
    places = range(len(words) - size + 1) if rule.reach is None else range(min(rule.reach + 1, len(words) - size + 1))
    return any(tuple(words[i:i + size]) == rule.link for i in places)
