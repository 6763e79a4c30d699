"""The game a fixture line lists: "<side> v <side>" ("Hawks v Falcons", "Millbrook Rovers vs
Eastfield Athletic", "Chennai v. Mumbai").

A fixture list writes a game's group, pool or number as the line's label ("Pool B: Hawks v
Falcons, <venue>, 3pm"); the label is shared by many lines, the sides name the one game.
A side is a run of capitalised words (a particle, "&" or "/" may join two: "Kent/Sussex");
the joiner is lower case, so the "V" of "Henry V" joins nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word, words_from, words_in

SIDE_JOINERS = frozenset({"/", "&"})
MAX_SIDE_WORDS = 5      # "Harbour & District Rangers", "Kent/Sussex"


def played_match(text: str, start: int, end: int) -> str | None:
    """The first "<side> v <side>" in ``text[start:end]``, as written, or None."""
    words = words_in(text, start, end)
    for k, word in enumerate(words):
        if word.text not in word_list("match_joiners"):
            continue
        after = _after(words, k)
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


@dataclass
class _Reading:
    """The words read so far from one start, and the first game they hold (its joiner's index)."""
    words: Iterator[Word]
    read: list[Word] = field(default_factory=list)
    checked: int = 0              # joiners before this index are known to open no game
    joiner: int | None = None
    done: bool = False            # no words left


@dataclass
class LineGames:
    """:func:`played_match` for the many dates of one label's line ("Fixtures: Sat 4 May Hawks v
    Falcons, ..., Sun 12 May Owls v Kites, ..."), each asking from the label to itself: read
    from the label once, not once a date (square in a long line's dates).

    The first game from a start is the first joiner with a named word before it and one after
    it; the words before a date are those read from the start (the last one cut where the date
    begins), so a date finds a game exactly when that joiner's side after it starts before the
    date, and the side's words are then read again in a window of a few words around it."""
    text: str
    _readings: dict[int, _Reading] = field(default_factory=dict)

    def game(self, start: int, end: int) -> str | None:
        """``played_match(text, start, end)``."""
        reading = self._readings.get(start)
        if reading is None:
            reading = self._readings[start] = _Reading(words_from(self.text, start, len(self.text)))
        words = reading.read
        while reading.joiner is None and not reading.done and (not words or words[-1].start < end):
            word = next(reading.words, None)
            if word is None:
                reading.done = True
            else:
                words.append(word)
            self._check(reading)
        if reading.joiner is None:
            return None
        after = _after(words, reading.joiner)
        if words[after].start >= end:
            return None
        beyond = after + MAX_SIDE_WORDS + 2      # no side reads this far past its first word
        while len(words) <= beyond and not reading.done and words[-1].start < end:
            word = next(reading.words, None)
            reading.done = word is None
            words.extend([word] if word is not None else [])
        first = words[max(reading.joiner - MAX_SIDE_WORDS - 3, 0)].start
        return played_match(self.text, first, min(end, words[beyond].start) if beyond < len(words) else end)

    def _check(self, reading: _Reading) -> None:
        """Find the first game among the joiners whose words after them are read."""
        words = reading.read
        while reading.joiner is None and reading.checked < len(words):
            k = reading.checked
            if not reading.done and k + 2 >= len(words):
                return            # the words after it are still to read
            if (words[k].text in word_list("match_joiners") and _side_start(words, k) is not None
                    and _side_end(words, _after(words, k)) is not None):
                reading.joiner = k
                return
            reading.checked += 1


def _after(words: list[Word], joiner: int) -> int:
    """The index of the first word of the side after ``joiner`` (past a stop glued to it: "v.")."""
    k = joiner
    return k + 2 if k + 1 < len(words) and words[k + 1].text == "." and words[k + 1].start == words[k].end else k + 1
