"""Days named as the date of something fixed ahead.

"Set a May 9 hearing date", "fixes ballot date on Oct. 3": a noun before ``appointed_compound_heads.txt``
("hearing date", "ballot date") names an appointment, and its day is the one coming when it is set. A
past verb in the sentence ("..., who was on bail") or none at all (a headline) left the date to the
nearest such day, often the one gone: the appointment looks forward instead (tense.tense_at). The noun
is required: "the date of the blast" may be a past one's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.lexicon import load_list
from calfeed.timex.trailing_words import EndsWithWord, last_words

_BEFORE_REACH = 60     # characters searched back from the date for "<noun> date on"
_NOUN = r"[a-z][a-z-]{2,24}"


def _alternation(lang: str, name: str) -> str:
    return "|".join(re.escape(w) for w in sorted(load_list(lang, name), key=len, reverse=True))


@lru_cache(maxsize=None)
def _noun(lang: str) -> str:
    """A lower-case word that is no determiner ("hearing", not "the" of "set the date for")."""
    return rf"(?!(?:{_alternation(lang, 'determiners')})[^\S\n]){_NOUN}"


@lru_cache(maxsize=None)
def _head_after(lang: str) -> re.Pattern[str]:
    """A noun and the head right after the date: "[May 9] hearing date"."""
    return re.compile(rf"[^\S\n]{{1,3}}{_noun(lang)}[^\S\n]{{1,3}}(?:{_alternation(lang, 'appointed_compound_heads')})(?![\w-])")


@lru_cache(maxsize=None)
def _determiner_before(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?:{_alternation(lang, 'determiners')})[^\S\n]{{1,3}}\Z", re.IGNORECASE)


@lru_cache(maxsize=None)
def _head_before(lang: str) -> EndsWithWord:
    """A noun, the head and a preposition right before the date: "ballot date on [Oct. 3]"; searched only
    where a preposition of the list ends the window (trailing_words)."""
    pattern = re.compile(rf"(?<![\w'’-]){_noun(lang)}[^\S\n]{{1,3}}(?:{_alternation(lang, 'appointed_compound_heads')})"
                         rf"[^\S\n]{{1,3}}(?:{_alternation(lang, 'appointed_compound_prepositions')})[^\S\n]{{1,3}}\Z")
    return EndsWithWord(pattern, last_words(load_list(lang, "appointed_compound_prepositions"), lower=False), folded=False)


def appointed_compound(text: str, s_start: int, start: int, end: int, lang: str = "en") -> bool:
    """The date at [start, end) is the day of an appointment a compound names: between a determiner
    and "<noun> date" ("a [May 9] hearing date"), or after "<noun> date on|for" ("ballot date on [Oct. 3]")."""
    low = max(s_start, start - _BEFORE_REACH)
    if _head_after(lang).match(text, end) is not None and _determiner_before(lang).search(text, low, start):
        return True
    return _head_before(lang).search(text, low, start) is not None
