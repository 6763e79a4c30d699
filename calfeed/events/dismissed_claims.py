"""Days inside a claim the sentence sets aside: no entries.

A notice that denies a rumour repeats the rumour's days: "The public is asked to disregard any
message stating that the fair has moved to 9 May" (a dismissing verb, then a claim noun and what
it says), "Following reports that the fair has moved from 2 May to 9 May, the club says the date
remains unchanged" (a claim noun opening what it says, then a denial of it later in the
sentence). The days the claim names are not the page's own; the day the page confirms is told in
a sentence of its own. The words are tables: dismissing_verbs, claim_nouns, claim_links,
claim_denials.
"""

from __future__ import annotations

from calfeed.events.vocabulary import phrase_at, phrase_list, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex

CLAIM_GAP = 6        # words from a dismissing verb to its claim noun ("disregard any such unofficial message")
LINK_GAP = 2         # words from the claim noun to what opens the claim ("publication currently stating")


def dismissed_claim(text: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The stretch of ``sentence`` (character offsets) a claim takes up that the sentence dismisses
    or denies, or None. The framer reads it once a sentence."""
    words = words_in(text, *sentence)
    lowered = [w.lower for w in words]
    verbs, nouns, links = word_list("dismissing_verbs"), word_list("claim_nouns"), word_list("claim_links")
    for k, word in enumerate(lowered):
        if word not in verbs:
            continue
        for j in range(k + 1, min(len(words), k + 1 + CLAIM_GAP)):
            if not words[j].is_word:
                break
            if lowered[j] in nouns:
                opened = _opened(words, lowered, j, links)
                if opened is not None:
                    return words[opened].end, sentence[1]
    claim = next((j for j, word in enumerate(lowered[:-1]) if word in nouns and lowered[j + 1] in word_list("claim_clause_marks")), None)
    if claim is None:
        return None       # a later "reports that" could only find a denial the first one finds too
    denial = _denial(lowered, claim + 2)
    return (words[claim + 1].end, words[denial].start) if denial is not None else None


def _opened(words: list[Word], lowered: list[str], noun: int, links: frozenset[str]) -> int | None:
    """The word that opens what the claim noun at ``noun`` says, a few words after it."""
    for k in range(noun + 1, min(len(words), noun + 1 + LINK_GAP)):
        if lowered[k] in links:
            return k
        if not words[k].is_word:
            return None
    return None


def _denial(lowered: list[str], start: int) -> int | None:
    """Where the first denial phrase after ``start`` begins."""
    denials = phrase_list("claim_denials")
    for k in range(start, len(lowered)):
        if phrase_at(lowered, k, denials) is not None:
            return k
    return None


def in_claim(claim: tuple[int, int] | None, timex: Timex) -> bool:
    """Whether ``timex`` lies inside the dismissed claim."""
    return claim is not None and claim[0] <= timex.start and timex.end <= claim[1]
