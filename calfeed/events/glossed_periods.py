"""A stretch named by its noun and glossed with its days in brackets: "The nominated exhibition
period of six weeks (30 September – 15 November) is beyond the minimum", "during the submission
window (3 May – 14 June)". The bracket holds only the range, right after a noun of a stretch
(glossed_period_nouns) or after its length ("of six weeks"); the noun and the words that modify
it, back to its article, name the entry."""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.vocabulary import list_alternation, word_list
from calfeed.events.words import words_in
from calfeed.model import Timex

GLOSS_NOTE = "a stretch named by its noun and glossed with its days in brackets"
MAX_MODIFIERS = 3        # "the nominated public exhibition period": more is a clause, not a name
REACH = 120              # characters looked back for the noun


@lru_cache(maxsize=None)
def _length() -> re.Pattern[str]:
    """"of six weeks", "of 28 days": the stretch's length between its noun and the bracket
    (gloss_length_links, gloss_length_units)."""
    links, units = list_alternation("gloss_length_links"), list_alternation("gloss_length_units")
    return re.compile(rf"[^\S\n](?:{links})[^\S\n]+(?:\d{{1,3}}|[a-z]{{3,9}})[^\S\n]+(?:{units})[^\S\n]*\Z")


def glossed_period(text: str, timex: Timex) -> str | None:
    """The name of the stretch a bracketed range glosses, or None."""
    if timex.type != "DATE" or timex.end_interval is None:
        return None
    before = text[:timex.start].rstrip(" \t")
    if not before.endswith("(") or not text[timex.end:].lstrip(" \t.").startswith(")"):
        return None
    head_end = len(before) - 1
    length = _length().search(text, max(0, head_end - 40), head_end)
    if length is not None:
        head_end = length.start()
    line_start = text.rfind("\n", 0, head_end) + 1
    words = [w for w in words_in(text, max(line_start, head_end - REACH), head_end)]
    if not words or not words[-1].is_word or words[-1].lower not in word_list("glossed_period_nouns"):
        return None
    first = len(words) - 1
    while (first > 0 and words[first - 1].is_word and words[first - 1].lower not in word_list("articles")
           and len(words) - first <= MAX_MODIFIERS):
        first -= 1
    if first == 0 or words[first - 1].lower not in word_list("articles"):
        return None           # no article before the noun's words: "... period (…)" inside a longer clause
    name = " ".join(w.text for w in words[first:])
    return name[:1].upper() + name[1:]
