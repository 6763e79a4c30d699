"""A title that only points at an item of a series: "Latest fixture", "Next meeting".

Clubs and societies announce the next item of a series by a placeholder and then say what it
is: "The latest fixture to be confirmed is the home game against Jack of Diamonds CC with the
date set for Sunday June the 10th", "Our next event will be a quiz night in the church hall on
3 May". A subscriber learns nothing from "Latest fixture"; the complement after the linking verb
names the item. The complement runs from its article (or a capitalised word) to the first word
that says when, where or how (complement_stops: "with", "on", "at"), a punctuation mark or a
date. No complement, or one that opens with a participle or a preposition ("will be held on",
"is on Sunday"), leaves the title as it is.

The words are data: placeholder_modifiers.en.txt, copula_links.en.txt, complement_stops.en.txt,
complement_openers.en.txt."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calfeed.events.vocabulary import phrase_at, phrase_list, word_list

MAX_GAP = 5             # words between the placeholder and its linking verb ("to be confirmed")
MAX_COMPLEMENT = 10     # words of a complement that names an item
_TOKEN = re.compile(r"[\w'’&-]+|[^\w\s]")
_SENTENCE_START = re.compile(r"[.!?]\s|\n\s*\n")


def placeholder(title: str) -> bool:
    """Whether ``title`` is pointing words and one noun only ("Latest fixture", "The next meeting")."""
    words = title.lower().split()
    return 2 <= len(words) <= 4 and any(w in word_list("placeholder_modifiers") - word_list("placeholder_determiners")
                                        for w in words[:-1]) \
        and all(w in word_list("placeholder_modifiers") for w in words[:-1])


def complement_title(title: str, text: str, date_start: int, dated: Sequence[tuple[int, int]]) -> str:
    """What the date's sentence says the placeholder ``title`` is, else ``title``."""
    if not placeholder(title):
        return title
    opens = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, date_start - 600), date_start)),
                default=max(0, date_start - 600))
    sentence = text[opens:date_start]
    at = sentence.lower().rfind(title.lower().split()[-1])
    if at < 0:
        return title
    tokens = [(m.group(), opens + at + m.start()) for m in _TOKEN.finditer(sentence, at)][1:]
    named = _after_link([t for t, _ in tokens], [s for _, s in tokens], dated)
    return named if named is not None else title


def _after_link(tokens: list[str], starts: list[int], dated: Sequence[tuple[int, int]]) -> str | None:
    lowered = [t.lower() for t in tokens]
    links = phrase_list("copula_links")
    for k in range(min(MAX_GAP + 1, len(lowered))):
        if not tokens[k][0].isalnum():
            return None               # "The next meeting, as agreed, ...": no plain link
        link = phrase_at(lowered, k, links)
        if link is not None:
            return _complement(tokens[k + len(link):], starts[k + len(link):], dated)
    return None


def _complement(tokens: list[str], starts: list[int], dated: Sequence[tuple[int, int]]) -> str | None:
    if not tokens:
        return None
    first = tokens[0].lower()
    if not (first in word_list("complement_openers") or (tokens[0][0].isupper() and tokens[0][0].isalpha())):
        return None                   # "is on Sunday", "will be held", "is due": no name
    kept: list[str] = []
    for token, start in zip(tokens, starts):
        lowered = token.lower()
        if (not token[0].isalnum() and token not in "&'’-") or lowered in word_list("complement_stops") \
                or any(s <= start < e for s, e in dated):
            break
        kept.append(token)
    if kept and kept[0].lower() in word_list("complement_openers"):
        kept = kept[1:]
    if not kept or len(kept) > MAX_COMPLEMENT or not any(t[0].isalpha() for t in kept):
        return None
    return kept[0][:1].upper() + " ".join(kept)[1:]
