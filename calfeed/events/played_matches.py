"""The game a fixture line lists: "<side> v <side>" ("Hawks v Falcons", "Millbrook Rovers vs
Eastfield Athletic", "Chennai v. Mumbai").

A fixture list writes a game's group, pool or number as the line's label ("Pool B: Hawks v
Falcons, <venue>, 3pm"); the label is shared by many lines, the sides name the one game.
A side is a run of capitalised words (a particle, "&" or "/" may join two: "Kent/Sussex");
the joiner is lower case, so the "V" of "Henry V" joins nothing.
"""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word, words_in

SIDE_JOINERS = frozenset({"/", "&"})
MAX_SIDE_WORDS = 5      # "Harbour & District Rangers", "Kent/Sussex"


def played_match(text: str, start: int, end: int) -> str | None:
    """The first "<side> v <side>" in ``text[start:end]``, as written, or None."""
    words = words_in(text, start, end)
    for k, word in enumerate(words):
        if word.text not in word_list("match_joiners"):
            continue
        after = k + 2 if k + 1 < len(words) and words[k + 1].text == "." and words[k + 1].start == word.end else k + 1
        first = _side_start(words, k)
        last = _side_end(words, after)
        if first is not None and last is not None:
            return text[words[first].start:words[last].end]
    return None


def _side_start(words: list[Word], joiner: int) -> int | None:
    """The first word of the side that ends right before ``joiner``."""
    k = joiner - 1
    if k < 0 or not _named(words[k]):
        return None
    while k > 0 and joiner - k < MAX_SIDE_WORDS and _joins(words, k - 1, k - 2):
        k -= 2 if not _named(words[k - 1]) else 1
    return k


def _side_end(words: list[Word], first: int) -> int | None:
    """The last word of the side that starts at ``first``."""
    if first >= len(words) or not _named(words[first]):
        return None
    k = first
    while k + 1 < len(words) and k - first + 1 < MAX_SIDE_WORDS and _joins(words, k + 1, k + 2):
        k += 1 if _named(words[k + 1]) else 2
    return k


def _named(word: Word) -> bool:
    return word.is_word and word.is_capitalised


def _joins(words: list[Word], k: int, beyond: int) -> bool:
    """Whether word ``k`` carries a side on: a capitalised word, or a particle or joiner with a
    capitalised word at ``beyond``."""
    if _named(words[k]):
        return True
    return ((words[k].text in SIDE_JOINERS or words[k].lower in word_list("name_particles"))
            and 0 <= beyond < len(words) and _named(words[beyond]))
