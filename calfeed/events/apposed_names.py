"""An event first described, then named in apposition: "the region's biggest food fair, the 12th
annual Brackenport Chowderfest on 20-21 March". The descriptor's event noun says what kind of
event it is; the name after the comma says which one, and titles the entry (R71 class 5: the
descriptor titled it). The name is a run of capitalised words right after the comma, led at most
by an article, an edition's ordinal ("12th") and words of apposition_name_leads ("annual"),
and followed by the date, with at most a comma and date links (apposition_date_links: "on",
"from") between. A descriptor that is a name itself ("the Brackenport Fair, the ...") keeps its
own title."""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.phrases import NounPhrase
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word
from calfeed.model import Timex
from calfeed.timex.lexicon import ordinal_ending

MAX_NAME_WORDS = 5       # capitalised words of the name: more is a list or a sentence's run of names


@lru_cache(maxsize=None)
def _edition() -> re.Pattern[str]:
    return re.compile(rf"\d{{1,3}}{ordinal_ending()}")


def apposed_name(words: list[Word], phrase: NounPhrase | None, timex: Timex,
                 blocked: list[tuple[int, int]]) -> NounPhrase | None:
    """The name in apposition after ``phrase`` that the date at ``timex`` follows, as a phrase of
    the same kind; None when the words are not so written."""
    if phrase is None or phrase.last + 2 >= len(words) or words[phrase.last + 1].text != ",":
        return None
    if not words[phrase.head].text[:1].islower():
        return None       # "the Brackenport Fair, ...": already a name
    k = phrase.last + 2
    if words[k].lower in word_list("articles"):
        k += 1
    while k < len(words) and (_edition().fullmatch(words[k].lower) or words[k].lower in word_list("apposition_name_leads")):
        k += 1
    first = k
    while (k < len(words) and words[k].is_word and words[k].text[:1].isupper() and k - first < MAX_NAME_WORDS
           and not any(s < words[k].end and words[k].start < e for s, e in blocked)):
        k += 1
    if k == first or words[k - 1].end > timex.start:
        return None
    links = word_list("apposition_date_links")
    between = [w for w in words[k:] if w.end <= timex.start]
    if not all(w.text == "," or w.lower in links for w in between):
        return None       # "..., the Harbour Choir, whose concert is on ...": the date is another clause's
    return NounPhrase(phrase.last + 2, k - 1, k - 1, phrase.kind, False)
