"""Which characters the regex engine takes as the same letter when it ignores case.

The fast scans (openings, tense cues) open with a plain character set, which the engine
can only skip through when the set is written out case by case. So the set must hold
every character a case-blind pattern would accept: not only "s" and "S" but also the
long s, which the engine folds to "s". The engine is asked itself, once.
"""

from __future__ import annotations

import re
import sys
from array import array
from functools import lru_cache

import _sre  # type: ignore[import-not-found]
from re import _compiler  # type: ignore[attr-defined]


def fold(char: str) -> str:
    """The one character that stands for ``char``'s case-blind class."""
    lower = _sre.unicode_tolower(ord(char))
    return chr(min((lower, *_compiler._EXTRA_CASES.get(lower, ()))))


@lru_cache(maxsize=None)
def _all_characters() -> str:
    codes = array("I", range(0xD800))
    codes.extend(range(0xE000, 0x110000))
    return codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")


@lru_cache(maxsize=None)
def case_variants(letters: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each of ``letters`` (folded) -> every character a case-blind pattern takes for it."""
    out: dict[str, set[str]] = {letter: {letter} for letter in letters}
    wanted = "".join(re.escape(letter) for letter in sorted(letters))
    if wanted:
        for char in re.findall(f"[{wanted}]", _all_characters(), re.IGNORECASE):
            out.setdefault(fold(char), set()).add(char)
    return {letter: tuple(sorted(chars)) for letter, chars in out.items() if letter in letters}
