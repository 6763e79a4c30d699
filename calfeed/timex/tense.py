"""The tense of the clause a date sits in, from verb cues in its sentence.

"The meeting took place on 21 June" and "will take place on 8 December" resolve a
bare date differently (the latest one before, the next one after the document's
date). Cues come from ``tense.tsv``; a stronger cue beats a nearer weak one, and a
cue before the date beats one after it at the same strength, which is where English
puts the verb governing a trailing date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.text import Sentences
from calfeed.timex.lexicon import load_list
from calfeed.timex.vocabulary import norm, vocabulary, whole_words

# A past participle is a lower-case word of 5 to 17 letters ending in "ed"
# (``(?<![\w'])[a-z]{3,15}ed(?![\w'])``): found from its ending, which the engine
# finds fast, then its start is checked just before.
_ED_ENDING = re.compile(r"ed(?![\w'])")
_PARTICIPLE_STEM = re.compile(r"(?<![\w'])[a-z]{3,15}\Z")
_WORD_BEFORE = re.compile(r"([A-Za-z]{2,12})\s{1,3}$")


@lru_cache(maxsize=None)
def _cues(lang: str) -> re.Pattern[str]:
    return whole_words(list(vocabulary(lang).tense))


def _participles(sentence: str) -> list[tuple[int, int]]:
    found = []
    for ending in _ED_ENDING.finditer(sentence):
        end = ending.start()
        stem = _PARTICIPLE_STEM.search(sentence, max(0, end - 15), end)
        if stem is not None:
            found.append((stem.start(), end + 2))
    return found


def _scored(sentence: str, lang: str) -> list[tuple[int, int, str, int]]:
    table = vocabulary(lang).tense
    found = [(m.start(), m.end(), table[norm(m.group(0))]["tense"], int(table[norm(m.group(0))]["weight"]))
             for m in _cues(lang).finditer(sentence)]
    taken = {start for start, _, _, _ in found}
    passive = _passive_auxiliaries(lang)
    for start, end in _participles(sentence):
        if start in taken:
            continue
        before = _WORD_BEFORE.search(sentence, max(0, start - 16), start)
        if before and before.group(1).lower() in passive:
            continue
        found.append((start, end, "past", 1))
    return found


@lru_cache(maxsize=None)
def _passive_auxiliaries(lang: str) -> frozenset[str]:
    return frozenset(word.lower() for word in load_list(lang, "passive_auxiliaries"))


def tense_at(sentences: Sentences, start: int, end: int, lang: str = "en",
             cache: dict | None = None) -> str | None:
    """The tense governing the expression at [start, end), or None when no cue is seen."""
    s_start, s_end = sentences.at(start)
    key = (s_start, s_end)
    if cache is not None and key in cache:
        cues = cache[key]
    else:
        cues = _scored(sentences.text[s_start:s_end], lang)
        if cache is not None:
            cache[key] = cues
    best: tuple[float, str] | None = None
    for c_start, c_end, tense, weight in cues:
        at = s_start + c_start
        if start <= at < end:
            continue
        distance = (start - (s_start + c_end)) if at < start else (at - end) * 1.5
        score = weight * 40 - distance
        if best is None or score > best[0]:
            best = (score, tense)
    return best[1] if best else None
