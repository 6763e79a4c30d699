"""Day anaphors inside a deadline's sentence.

A deadline day ("register by the 18th") is not the story's anchor: a clock or a "the next
day" after it still belongs to the event told before. But a sentence that is itself about a
deadline ("The deadline for posters is also on the same day") points back to the deadline,
so its anaphor counts from the last deadline day written since the story's anchor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.lexicon import load_list
from calfeed.timex.vocabulary import whole_words

_SENTENCE_LOOKBACK = 160     # characters searched back for the start of the anaphor's sentence
_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\n")


@lru_cache(maxsize=None)
def _nouns(lang: str) -> re.Pattern[str]:
    return whole_words(list(load_list(lang, "deadline_anaphor_nouns")))


@lru_cache(maxsize=None)
def _idioms(lang: str) -> re.Pattern[str]:
    return whole_words(list(load_list(lang, "deadline_anaphor_idioms")))


_NEXT_WORD = re.compile(r"[^\S\n]{1,3}([A-Za-z]{1,20})")
_WORD_BEFORE = re.compile(r"([A-Za-z']{1,20})[^\S\n]{1,3}\Z")
_BEFORE_REACH = 24           # characters searched back for the word before an idiom


@lru_cache(maxsize=None)
def _copulas(lang: str) -> frozenset[str]:
    return frozenset(load_list(lang, "copulas"))


@lru_cache(maxsize=None)
def _verbs_after_idiom(lang: str) -> frozenset[str]:
    """Words after an idiom that keep the deadline reading: forms of "be" and infinitive verbs."""
    return _copulas(lang) | frozenset(load_list(lang, "infinitive_verbs"))


def in_deadline_sentence(text: str, at: int, lang: str) -> bool:
    """The sentence holding the expression at ``at`` names a deadline before it; a noun that opens
    an idiom of another sense ("Due to demand, ..."), no verb after the idiom, names none."""
    start = max(0, at - _SENTENCE_LOOKBACK)
    for end in _SENTENCE_END.finditer(text, start, at):
        start = end.end()
    return any(not _idiom_at(text, found.start(), at, lang) for found in _nouns(lang).finditer(text, start, at))


def _idiom_at(text: str, start: int, at: int, lang: str) -> bool:
    """An idiom of deadline_anaphor_idioms.txt at ``start`` ("due to demand"), unless a verb follows
    it ("due to be sent", "due to arrive") or a form of "be" stands right before it, making the
    noun a predicate ("Reports are due to the secretary by 3 March"): the deadline sense itself.
    Only where neither holds does the deadline noun mean something else ("Due to demand, ...")."""
    idiom = _idioms(lang).match(text, start, at)
    if idiom is None:
        return False
    before = _WORD_BEFORE.search(text[max(0, start - _BEFORE_REACH):start])
    if before is not None and before.group(1).lower() in _copulas(lang):
        return False
    after = _NEXT_WORD.match(text, idiom.end(), at)
    return after is None or after.group(1).lower() not in _verbs_after_idiom(lang)
