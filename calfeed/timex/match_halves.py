"""A half of a match is no half of a year.

Sports reports write "Bayern equalised early in the second half": a bare half with no year
beside it ("the first half of 2012" keeps its date) in a sentence holding a word of a match
(``match_half_cues.txt``) is the match's half, so no expression is found there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.text import SentenceLookup
from calfeed.timex.lexicon import load_list

_HALF_RULES = frozenset({"half_year"})
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@lru_cache(maxsize=None)
def _cues(lang: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(cue.lower().replace("-", " - ").split()) for cue in load_list(lang, "match_half_cues"))


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for m in _WORD.finditer(text.lower()) for w in m.group().replace("-", " - ").split())


def match_halves(atoms: list, text: str, lang: str) -> list:
    """``atoms`` without the bare halves that sentences of a match hold."""
    halves = [a for a in atoms if a.rule in _HALF_RULES and not any(ch.isdigit() for ch in text[a.start:a.end])
              and "year" not in text[a.start:a.end].lower()]
    if not halves:
        return atoms
    cues = _cues(lang)
    sizes = {len(c) for c in cues}
    lookup = SentenceLookup(text)
    dropped = set()
    for atom in halves:
        start, end = lookup.at(atom.start)
        words = _words(text[start:end])
        if any(words[i:i + n] in cues for n in sizes for i in range(len(words))):
            dropped.add(id(atom))
    return [a for a in atoms if id(a) not in dropped]
