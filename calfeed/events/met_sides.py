"""A fixture told as a sentence: "Harrowgate Rovers will then take on Eastfield Athletic on Sunday in
the group's second game", "Eastfield Athletic face Millbrook City at the Quay Ground on 14 June".

A match report or a preview names the game by its two sides and the verb that pits them against each
other (match_verbs: "take on", "face", "meet", "play"), yet holds no event noun for the day (the
"second game" after the day is no subject) and often writes the day as a bare weekday, which the
plain-day readers leave alone. The sides name the game ("Harrowgate Rovers v Eastfield Athletic"), as
a fixture line's "<side> v <side>" does (played_matches).

Each side is a run of capitalised words (MAX_SIDE_WORDS at most; an article before the second is
passed over: "face the Netherlands"); only auxiliaries and adverbs of sequence stand between the
first side and the verb (met_side_auxiliaries: "will then", "are set to"); at most MAX_GAP_WORDS
words, none a break, stand between the second side and the day ("in Italy in their opening matches
on"). The day is one ahead of the page's date, told in no past; a condition, a hedge, a habit or a
negation in the clause leaves it alone (a fixture that may not be played).
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.vocabulary import DAY_VETO_LISTS, list_alternation, merged_lists, phrase_at, phrase_list, word_list
from calfeed.events.words import Word, start_free, starts_inside
from calfeed.model import Timex

MET_SIDES_NOTE = "two sides a verb pits against each other on a day ahead: their game"
MAX_SIDE_WORDS = 5       # "Harbour & District Rangers"
MAX_GAP_WORDS = 10       # words between the second side and the day ("in Italy in their opening matches on")
_BREAKS = frozenset({",", ";", ":", "(", ")", ".", "!", "?", "—", "–"})


def met_sides(text: str, words: list[Word], timex: Timex, blocked: list[tuple[int, int]]) -> str | None:
    """"<side> v <side>" for the day at ``timex`` when its clause (its ``words``) pits two named
    sides against each other before it; else None. ``blocked`` are the clause's date spans."""
    at = next((k for k, w in enumerate(words) if w.start >= timex.start), None)
    if at is None or at < 3:
        return None
    lowered = [w.lower for w in words]
    verbs = phrase_list("match_verbs")
    for k in range(at - 1, max(-1, at - 2 - MAX_GAP_WORDS - MAX_SIDE_WORDS - 3), -1):
        if words[k].text in _BREAKS or starts_inside(words[k], blocked):
            return None
        verb = phrase_at(lowered, k, verbs)
        if verb is None:
            continue
        second = _second_side(words, k + len(verb), at)
        first = _first_side(words, k)
        if second is None or first is None:
            return None
        if any(w.lower in merged_lists(DAY_VETO_LISTS + ("negations",))
               for w, free in zip(words, start_free(words, blocked)) if free):
            return None        # "if Rovers beat City, they will meet Athletic on Sunday": may not be played
        if not _sporting(text):
            return None        # "The Mayor will meet Prince Edward on Monday": a visit, no game
        return f"{_name(text, words, first)} v {_name(text, words, second)}"
    return None


def _second_side(words: list[Word], first: int, at: int) -> tuple[int, int] | None:
    """The capitalised run right after the verb (an article aside), with no more than MAX_GAP_WORDS
    plain words between its end and the day at ``at``."""
    while first < at and words[first].lower in word_list("articles"):
        first += 1
    last = first
    while last < at and last - first < MAX_SIDE_WORDS and _named(words[last]):
        last += 1
    if last == first or (last < at and _named(words[last])):
        return None        # no name, or one too long for a side
    if at - last > MAX_GAP_WORDS or words[last - 1].lower in word_list("venue_heads"):
        return None        # "Stormzy will play Harrowgate Hall on Sunday": a venue, no side
    return first, last - 1


def _first_side(words: list[Word], verb: int) -> tuple[int, int] | None:
    """The capitalised run that ends right before the verb's auxiliaries ("Rovers will then"), the
    side that takes the other on; None when a pronoun or a plain noun stands there."""
    k = verb - 1
    while k >= 0 and words[k].lower in word_list("met_side_auxiliaries"):
        k -= 1
    last = k
    while k >= 0 and last - k < MAX_SIDE_WORDS and _named(words[k]):
        k -= 1
    if k == last or (k >= 0 and _named(words[k])):
        return None
    first = k + 1
    if first > 0 and words[first - 1].lower in word_list("side_place_links"):
        return None        # "travelling to Port Ellery to face Rovers on 9 May": a place
    if words[first].lower in word_list("pronouns") | word_list("articles"):
        first += 1         # "The Cheetahs": the name without its article
    return (first, last) if first <= last else None


@lru_cache(maxsize=4)
def _sporting(text: str) -> bool:
    """Whether the page speaks of games anywhere (match_context_words: "match", "fixture", "league"):
    two names a verb pits against each other elsewhere are people who meet, not sides. Asked last,
    once two sides are found, so it reads the page only for the few sentences that get so far, and
    once a page (the answer kept for the last few pages)."""
    return _context().search(text) is not None


@lru_cache(maxsize=None)
def _context() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{list_alternation('match_context_words')})\b", re.IGNORECASE)


def _named(word: Word) -> bool:
    return word.is_word and (word.is_capitalised or (word.is_number and word.text.isupper()))


def _name(text: str, words: list[Word], side: tuple[int, int]) -> str:
    return " ".join(text[words[side[0]].start:words[side[1]].end].split())
