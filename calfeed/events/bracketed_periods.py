"""A work programme's item with its quarter in brackets: "a legislative proposal for the 28th
Regime (Q1 2026)", "a new Public Procurement Act (Q2 2026) will be proposed". The bracket dates
the item the words right before it name, so the entry is a milestone of that item, as
approximate as the quarter (or half year) is. The item runs back from the bracket to its
article (past "for the", "of the" inside it); with no article, over its capitalised words
("Digital Fairness Act (Q3 2026)")."""

from __future__ import annotations

import re

from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex

MAX_ITEM_WORDS = 12
MAX_REACH = 200         # characters looked back for the item's words
_PERIOD_VALUE = re.compile(r"\d{4}-(?:Q[1-4]|H[12])\Z")


def bracketed_item(text: str, timex: Timex, dated: list[tuple[int, int]] = ()) -> tuple[str, int] | None:
    """The item a bracketed quarter or half year dates, and where it starts; None when the
    date is not alone in brackets straight after a name, or the name is itself a date ("the
    third quarter (Q3 2025)", ``dated``)."""
    if not _PERIOD_VALUE.match(timex.value or ""):
        return None
    before = text[:timex.start].rstrip(" \t")
    after = text[timex.end:].lstrip(" \t")
    if not before.endswith("(") or not after.startswith(")"):
        return None
    opening = len(before) - 1
    line_start = text.rfind("\n", 0, opening) + 1
    paragraph = text.rfind("\n\n", 0, opening)        # a wrapped line goes on with the item
    words = words_in(text, max(paragraph + 2 if paragraph >= 0 else 0, opening - MAX_REACH), opening)
    articles, links = word_list("articles"), word_list("phrase_links")
    first = None
    k = len(words) - 1
    while k >= 0 and len(words) - k <= MAX_ITEM_WORDS and words[k].is_word:
        if words[k].lower in articles:
            first = k + 1
            if k > 0 and words[k - 1].lower in links and k - 1 > 0 and words[k - 2].is_word:
                k -= 2
                continue
            break
        k -= 1
    if first is None:         # no article: the capitalised name before the bracket
        first = len(words)
        while (first > 0 and words[first - 1].is_word and words[first - 1].text[:1].isupper()
               and words[first - 1].start >= line_start):
            first -= 1
    if first >= len(words):
        return None
    if any(s < words[-1].end and words[first].start < e for s, e in dated):
        return None
    item = " ".join(text[words[first].start:words[-1].end].split())
    return item[:1].upper() + item[1:], words[first].start
