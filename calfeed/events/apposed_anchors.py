"""An event noun inside a relative anchor set beside a date ("Friday 9 May, the day after the
vote"; "the day after the closing of the fair, 12 May, is a holiday") names the event the day is
counted from, not what happens on the day: the vote is on 8 May. Such a phrase gives the date
no title; the date's own event is the clause's other noun ("a holiday", "a day off"), else
whatever the clause says without it.

The anchor is an article + a stretch (apposed_anchor_units: "day", "evening") + a counting word
(apposed_anchor_links: "after", "before") + the anchor event's words up to the next mark, set
beside the date by one comma: right after the date's comma, or ending at the comma before it.
"""

from __future__ import annotations

from calfeed.events.phrases import NounPhrase
from calfeed.events.vocabulary import phrase_at, phrase_list, word_list
from calfeed.events.words import Word
from calfeed.model import Timex

MAX_ANCHOR_WORDS = 12      # words of the anchor event's name ("the closing of the national song festival")


def apposed_anchor_words(words: list[Word], timex: Timex) -> tuple[int, int] | None:
    """The first and last index of the anchor event's words in an anchor set beside ``timex``, else None."""
    after = next((k for k, w in enumerate(words) if w.start >= timex.end), None)
    if after is not None and words[after].text == "," and _opens_anchor(words, after + 1):
        first = after + 4
        last = first
        while last + 1 < len(words) and words[last + 1].is_word and last + 1 - first < MAX_ANCHOR_WORDS:
            last += 1
        return (first, last) if first < len(words) and words[first].is_word else None
    comma = next((k for k in range(len(words) - 1, -1, -1) if words[k].end <= timex.start), None)
    if comma is None or words[comma].text != ",":
        return None
    k = comma - 1
    while k >= 3 and words[k].is_word and comma - k <= MAX_ANCHOR_WORDS:
        if _opens_anchor(words, k - 3):
            return k, comma - 1
        k -= 1
    return None


def _opens_anchor(words: list[Word], the: int) -> bool:
    """"the day after", "the evening before" starting at word ``the``."""
    return (0 <= the and the + 3 < len(words) and words[the].lower in word_list("articles")
            and words[the + 1].lower in word_list("apposed_anchor_units")
            and words[the + 2].lower in word_list("apposed_anchor_links"))


def in_anchor(phrase: NounPhrase, anchor: tuple[int, int] | None) -> bool:
    """Whether ``phrase`` lies in the ``anchor``'s words (apposed_anchor_words)."""
    return anchor is not None and anchor[0] <= phrase.first and phrase.last <= anchor[1]


def complement_after(words: list[Word], phrases: list[NounPhrase], timex: Timex) -> NounPhrase | None:
    """The phrase a copula after ``timex`` and its comma links the day to ("..., 6 May, is a public
    holiday", "..., 6 May, will be a free day"): what the day is, when the anchor took its subject."""
    at = next((k for k, w in enumerate(words) if w.start >= timex.end), None)
    if at is None or words[at].text != ",":
        return None
    lowered = [w.lower for w in words]
    copula = phrase_at(lowered, at + 1, phrase_list("copula_links"))
    if copula is None:
        return None
    first = at + 1 + len(copula)
    while first < len(words) and words[first].lower in word_list("articles"):
        first += 1
    return next((p for p in phrases if p.first == first), None)
