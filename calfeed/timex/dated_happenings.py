"""The happenings a story has dated ("the Oct. 23 sniper shooting", "was killed ... last fall"), so
that a later mention of the same happening ("in the weeks before the shooting", "was shot to death
at 10 p.m.") can be placed by that date in the TimeML view.

A happening is known by its kin (``event_kin.tsv``: "shooting", "slaying" and "was killed" are one
death); a date dates it when a word of that kin stands within a few words of it in one clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from calfeed.model import Timex
from calfeed.text import LETTER_WORD
from calfeed.timex.lexicon import load_table
from calfeed.timex.vocabulary import norm

# At most this many words stand between a date and the happening it dates ("killed in his
# kitchen by a sniper's bullet last fall": 7), with no clause mark between them.
REACH = 8
# A happening named after a link word ("before the shooting"): its first words, to the clause's end.
_NAMED_AFTER = 6
_CLAUSE_MARK = re.compile(r"[,;:()\"“”]|[.!?](?=\s|$)|\s[-–—_]+\s")
# What of a date's value a happening keeps: its year and month or season, or its whole day.
_PLACED = re.compile(r"(?P<year>\d{4})(?:-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI))?")
# A value that names a whole day (YYYY-MM-DD, a clock after it or not).
DAY = re.compile(r"\d{4}-\d\d-\d\d")


@lru_cache(maxsize=None)
def _kin(lang: str) -> dict[str, str]:
    return {norm(r["word"]): r["kin"] for r in load_table(lang, "event_kin")}


def _kins_in(words: list[str], lang: str) -> frozenset[str]:
    kin = _kin(lang)
    return frozenset(kin[w] for w in map(norm, words) if w in kin)


def _clause_after(text: str, end: int) -> str:
    after = text[end:end + 200]
    stop = _CLAUSE_MARK.search(after)
    return after[:stop.start() if stop else len(after)]


def within_clause(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds no clause mark and at most ``REACH`` words: one clause's short
    stretch ("at 6 a.m. near Slepian's home 10 days before the murder")."""
    gap = text[start:end]
    return _CLAUSE_MARK.search(gap) is None and len(LETTER_WORD.findall(gap)) <= REACH


def kins_near(text: str, start: int, end: int, lang: str) -> frozenset[str]:
    """The kins of the words of the clause around ``text[start:end]``, ``REACH`` on each side."""
    before = text[max(0, start - 200):start]
    cut = max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0)
    words = LETTER_WORD.findall(before[cut:])[-REACH:] + LETTER_WORD.findall(_clause_after(text, end))[:REACH]
    return _kins_in(words, lang)


def kins_named_after(text: str, end: int, lang: str) -> frozenset[str]:
    """The kins of the happening named right after ``end`` ("before the shooting", "before
    Slepian was killed"): its first words, to the clause's end."""
    return _kins_in(LETTER_WORD.findall(_clause_after(text, end))[:_NAMED_AFTER], lang)


@dataclass(frozen=True)
class Happening:
    """A date of the story and the kins of the happening beside it."""

    value: str
    kins: frozenset[str]

    @property
    def day(self) -> str | None:
        """The day it happened on (YYYY-MM-DD), when the story gave one."""
        found = DAY.match(self.value)
        return found.group() if found else None


@dataclass
class DatedHappenings:
    """The happenings dated so far in a story, in text order (``add`` each timex as it comes)."""

    text: str
    lang: str = "en"
    told: list[Happening] = field(default_factory=list)

    def add(self, timex: Timex) -> None:
        placed = _PLACED.match(timex.value)
        if timex.type not in ("DATE", "TIME") or placed is None:
            return
        kins = kins_near(self.text, timex.start, timex.end, self.lang)
        if kins:
            self.told.append(Happening(placed.group(), kins))

    def latest(self, kins: frozenset[str], *, with_day: bool = False) -> Happening | None:
        """The last happening of one of ``kins`` told so far (with a day given, if asked)."""
        return next((h for h in reversed(self.told) if h.kins & kins and (h.day or not with_day)), None)
