"""The quotation marks every reader of quotes shares, from ``resources/quote_marks.en.tsv``.

Which marks open a quotation and which mark closes it is one table (straight, curly, angle and
low marks, double and single); a reader names the styles and weights it reads, so each keeps its
choice (a page in English quotes with straight and curly marks; a rule quoted from another
language may open with an angle or a low mark) without a set of characters of its own. The
quoted-span reader finds one-line quotations of the pairs chosen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.vocabulary import table
from calfeed.events.words import Word

ENGLISH = ("straight", "curly")           # the marks a page written in English quotes with
WITH_ANGLES = ENGLISH + ("angle",)        # and guillemets, which English pages quoting other languages keep
EVERY_STYLE = WITH_ANGLES + ("low",)


@dataclass(frozen=True)
class QuotePair:
    opening: str
    closing: str
    double: bool
    style: str             # straight | curly | angle | low
    apostrophe: bool       # the opening mark is also the apostrophe ("'")


@lru_cache(maxsize=None)
def quote_pairs(styles: tuple[str, ...] = EVERY_STYLE, double: bool = False,
                apostrophe: bool = True) -> tuple[QuotePair, ...]:
    """The table's pairs of ``styles`` in its order: only double ones when ``double``, none whose
    opening mark is the apostrophe unless ``apostrophe``."""
    pairs = (QuotePair(row["opening"], row["closing"], row["weight"] == "double", row["style"],
                       row["apostrophe"] == "yes") for row in table("quote_marks"))
    return tuple(p for p in pairs if p.style in styles and (p.double or not double)
                 and (apostrophe or not p.apostrophe))


@lru_cache(maxsize=None)
def opening_marks(styles: tuple[str, ...] = EVERY_STYLE, double: bool = False, apostrophe: bool = True) -> str:
    """The opening marks of :func:`quote_pairs` (each once), as one string."""
    return "".join(dict.fromkeys(p.opening for p in quote_pairs(styles, double, apostrophe)))


@lru_cache(maxsize=None)
def closing_marks(styles: tuple[str, ...] = EVERY_STYLE, double: bool = False, apostrophe: bool = True) -> str:
    """The closing marks of :func:`quote_pairs` (each once), as one string."""
    return "".join(dict.fromkeys(p.closing for p in quote_pairs(styles, double, apostrophe)))


@lru_cache(maxsize=None)
def quote_marks(styles: tuple[str, ...] = EVERY_STYLE, double: bool = False, apostrophe: bool = True) -> str:
    """Every opening and closing mark of :func:`quote_pairs` (each once), as one string: the marks
    to strip from a word's edges or to tell a quoting sentence by."""
    pairs = quote_pairs(styles, double, apostrophe)
    return "".join(dict.fromkeys(mark for p in pairs for mark in (p.opening, p.closing)))


@lru_cache(maxsize=None)
def quotation_pattern(styles: tuple[str, ...] = ENGLISH, double: bool = False, longest: int = 3000) -> re.Pattern[str]:
    """One quotation on one line, opened by a mark of the chosen pairs and closed by that pair's
    closing mark, holding at most ``longest`` characters and neither of the pair's marks (no
    nesting of like marks): one alternative a pair, each a negated class run to its mark, so the
    scan is linear. :func:`quoted` gives the words a match holds."""
    return re.compile("|".join(
        f"{re.escape(p.opening)}([^{re.escape(p.opening + p.closing)}\\n]{{1,{longest}}}){re.escape(p.closing)}"
        for p in quote_pairs(styles, double)))


def quoted(match: re.Match[str]) -> str:
    """The words a :func:`quotation_pattern` match holds, without its marks."""
    return next(g for g in match.groups() if g is not None)


def closing_word(words: Sequence[Word], first: int, stop: int, closings: str) -> int | None:
    """Where a quotation whose words begin at ``words[first]`` closes: the first word before
    ``stop`` that is a closing mark of ``closings`` alone or ends with one (the tokeniser keeps a
    closing "’" or "'" on its word: "Weeks’"); None when none does."""
    return next((k for k in range(first, min(stop, len(words))) if words[k].text[-1] in closings), None)
