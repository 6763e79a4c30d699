"""Quarters named only as a yardstick.

A report names the quarter it is about and, beside it, quarters it measures against ("sales were up 9%
in the spring quarter, against 4% in the winter one"). Only the first is the story's topic, from which
"the previous quarter" and "a year earlier" count; taking the yardstick for the topic moved "the previous
quarter" one quarter too far back. A quarter is a yardstick when a comparison word stands before it in
its sentence, or when the topic quarter was already named earlier in the same sentence ("output grew in
the second quarter, three times the pace of the first quarter"), or when a figure's "on" stands right before
it ("down 12 per cent on Q2 2019", yardstick_leads.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.lexicon import load_list
from calfeed.timex.vocabulary import WIDEST_BLANK, whole_words, widest_match

_LOOKBACK = 200     # characters searched back for the start of the quarter's sentence
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


@lru_cache(maxsize=None)
def _markers(lang: str) -> re.Pattern[str]:
    return whole_words(list(load_list(lang, "comparison_markers")))


@lru_cache(maxsize=None)
def _yardstick_lead(lang: str) -> re.Pattern[str]:
    blank = rf"[^\S\n]{{1,{WIDEST_BLANK}}}"
    words = sorted((re.escape(w).replace(r"\ ", blank) for w in load_list(lang, "yardstick_leads")), key=len, reverse=True)
    return re.compile(rf"(?<![A-Za-z'])(?:{'|'.join(words)}){blank}\Z", re.IGNORECASE)


@lru_cache(maxsize=None)
def _lead_reach(lang: str) -> int:
    """How far before a quarter a yardstick lead may start: its widest entry (each inner blank at its widest
    run) and the blanks after it, so that a longer lead added to yardstick_leads.txt is still found (a fixed
    window would silently cut it off)."""
    return widest_match(load_list(lang, "yardstick_leads")) + WIDEST_BLANK


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, looked for at most _LOOKBACK characters back."""
    start = max(0, at - _LOOKBACK)
    for end in _SENTENCE_END.finditer(text, start, at):
        start = end.end()
    return start


def compared_quarter(text: str, at: int, topic_at: int | None, lang: str) -> bool:
    """The quarter starting at ``at`` is named to compare with: a comparison word before it in its
    sentence, or the topic quarter (told at ``topic_at``) named earlier in that sentence."""
    start = sentence_start(text, at)
    if topic_at is not None and start <= topic_at < at:
        return True
    if _yardstick_lead(lang).search(text, max(start, at - _lead_reach(lang)), at) is not None:
        return True     # "down 32 per cent on Q2 2000"
    return _markers(lang).search(text, start, at) is not None
