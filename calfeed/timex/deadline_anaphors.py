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
    it ("due to be sent", "due to arrive") or a form of "be" stands right before it and a recipient
    after it, making the noun a predicate ("Reports are due to the secretary by 3 March"): the
    deadline sense itself. Elsewhere the deadline noun means something else ("Due to demand, ...",
    "The delay is due to the rain")."""
    idiom = _idioms(lang).match(text, start, at)
    if idiom is None or _deadline_predicate(text, start, idiom.end(), at, lang):
        return False
    after = _NEXT_WORD.match(text, idiom.end(), at)
    return after is None or after.group(1).lower() not in _verbs_after_idiom(lang)


def cause_phrase_at(text: str, start: int, lang: str) -> bool:
    """An idiom of deadline_anaphor_idioms.txt at ``start`` that a determiner follows ("spread on
    Saturday due to a heat wave", "due to the storm"): a preposition of cause, no verb, unless "be"
    before it and a recipient after it make it the deadline predicate ("are due to the secretary")."""
    idiom = _idioms(lang).match(text, start)
    if idiom is None:
        return False
    after = _NEXT_WORD.match(text, idiom.end())
    if after is None or after.group(1).lower() not in load_list(lang, "determiners"):
        return False
    return not _deadline_predicate(text, start, idiom.end(), len(text), lang)


def _deadline_predicate(text: str, start: int, idiom_end: int, end: int, lang: str) -> bool:
    """A form of "be" right before the idiom at ``start`` and a recipient after it (read up to
    ``end``): the deadline noun is the predicate ("Reports are due to the secretary by 3 March")."""
    before = _WORD_BEFORE.search(text[max(0, start - _BEFORE_REACH):start])
    return (before is not None and before.group(1).lower() in _copulas(lang)
            and _names_recipient(text, idiom_end, end, lang))


@lru_cache(maxsize=None)
def _recipients(lang: str) -> frozenset[str]:
    return frozenset(load_list(lang, "deadline_recipients")) | frozenset(load_list(lang, "office_words"))


_PHRASE_WORDS = 2            # words after the determiners searched for a recipient


def _names_recipient(text: str, at: int, end: int, lang: str) -> bool:
    """The phrase after "due to" names who receives the thing, in its first two words after any
    determiner ("the secretary", "the school office", "us"): ``deadline_recipients.txt``. A cause
    ("the rain", "staff shortages") names no one."""
    determiners, seen = load_list(lang, "determiners"), 0
    for word in _NEXT_WORD.finditer(text, at, end):
        if word.start() != at:
            break
        at, lowered = word.end(), word.group(1).lower()
        if lowered in determiners and seen == 0:
            continue
        if lowered in _recipients(lang):
            return True
        seen += 1
        if seen == _PHRASE_WORDS:
            break
    return False
