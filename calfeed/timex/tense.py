"""The tense of the clause a date sits in, from verb cues in its sentence.

"The meeting took place on 21 June" and "will take place on 8 December" resolve a
bare date differently (the latest one before, the next one after the document's
date). Cues come from ``tense.tsv``; a stronger cue beats a nearer weak one, and a
cue before the date beats one after it at the same strength, which is where English
puts the verb governing a trailing date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
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


@dataclass(frozen=True)
class _Cues:
    """A sentence's cues in text order, with the best one so far from either side.

    The best cue before an expression maximises ``40 * weight + cue end`` and the best
    one after it ``80 * weight - 3 * cue start`` (twice the score, kept in integers), so
    each expression needs two bisections instead of a pass over all the sentence's cues
    (a long sentence full of dates was quadratic). Ties go to the cue found first, as
    in a plain pass over the list.
    """

    starts: list[int]
    before: list[tuple[int, int] | None]   # best (key, -order) among cues[:i]
    after: list[tuple[int, int] | None]    # best (key, -order) among cues[i:]
    cues: list[tuple[int, int, str, int]]  # as found: (start, end, tense, weight), absolute


def _prepared(found: list[tuple[int, int, str, int]]) -> _Cues:
    order = sorted(range(len(found)), key=lambda i: found[i][0])
    starts = [found[i][0] for i in order]
    before: list[tuple[int, int] | None] = [None]
    for i in order:
        key = (40 * found[i][3] + found[i][1], -i)
        before.append(key if before[-1] is None or key > before[-1] else before[-1])
    after: list[tuple[int, int] | None] = [None]
    for i in reversed(order):
        key = (80 * found[i][3] - 3 * found[i][0], -i)
        after.append(key if after[-1] is None or key > after[-1] else after[-1])
    after.reverse()
    return _Cues(starts, before, after, found)


def tense_at(sentences: Sentences, start: int, end: int, lang: str = "en",
             cache: dict | None = None) -> str | None:
    """The tense governing the expression at [start, end), or None when no cue is seen.

    Each cue scores ``40 * weight`` less its distance (a cue after the expression counts
    its distance one and a half times); the best score wins, the first found on a tie.
    """
    s_start, s_end = sentences.at(start)
    key = (s_start, s_end)
    prepared = cache.get(key) if cache is not None else None
    if prepared is None:
        found = [(s_start + a, s_start + b, tense, weight)
                 for a, b, tense, weight in _scored(sentences.text[s_start:s_end], lang)]
        prepared = _prepared(found)
        if cache is not None:
            cache[key] = prepared
    choices: list[tuple[float, int]] = []
    left = prepared.before[bisect.bisect_left(prepared.starts, start)]
    if left is not None:
        c_start, c_end, _, weight = prepared.cues[-left[1]]
        choices.append((weight * 40 - (start - c_end), left[1]))
    right = prepared.after[bisect.bisect_left(prepared.starts, end)]
    if right is not None:
        c_start, c_end, _, weight = prepared.cues[-right[1]]
        choices.append((weight * 40 - (c_start - end) * 1.5, right[1]))
    if not choices:
        return None
    return prepared.cues[-max(choices)[1]][2]
