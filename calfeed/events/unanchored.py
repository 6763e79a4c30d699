"""Days counted from an event the document does not date: "on the first evening", "the day
before", "the Monday before their talk".

The tagger reads a bare clock time ("at 7.30pm") on the day of the nearest earlier date, and
"the Monday before their talk" as the coming Monday; in a sentence with such a phrase both are
guesses. Better to show the sentence in the review report than to invent the day. A date that holds
the phrase and what it counts from ("the Sunday before Ash Wednesday", one date) is no guess.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex

Pattern = tuple[frozenset[str], ...]


@lru_cache(maxsize=None)
def _patterns(lang: str = "en") -> tuple[Pattern, ...]:
    """In phrase_list's order (longest first): a phrase found at a word is listed (and quoted by
    ``guess``) before a shorter one found there, in every run."""
    return tuple(tuple(frozenset(slot.split("|")) for slot in entry) for entry in phrase_list("unanchored_days", lang))


class UnanchoredDays:
    """The phrases of each sentence, found once per sentence (a long list of dates in one
    "sentence" must not make framing quadratic). ``starts_date(offset)`` says whether a
    written date starts at that offset (then "the Monday before 15 March" is anchored)."""

    def __init__(self, text: str, starts_date: Callable[[int], bool]) -> None:
        self.text = text
        self.starts_date = starts_date
        self.found: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def phrases(self, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        if sentence not in self.found:
            words = [w for w in words_in(self.text, *sentence) if w.is_word]
            self.found[sentence] = [
                (words[first].start, words[last].end) for first, last in _matches(words)
                if not (words[last].lower in word_list("unanchored_day_anchors") and last + 1 < len(words)
                        and self.starts_date(words[last + 1].start))]
        return self.found[sentence]

    def guess(self, sentence: tuple[int, int], timex: Timex, day_written: bool) -> str | None:
        """The phrase that makes ``timex`` a guess, if any: one it lies in, or, for a clock time
        whose day was not written (``day_written`` False), one anywhere in its sentence."""
        for start, end in self.phrases(sentence):
            if timex.start < end < timex.end:
                continue        # "the Sunday before Ash Wednesday" read as one date: what it counts from is written
            inside = start <= timex.start < end or start < timex.end <= end
            if inside or (timex.type == "TIME" and not day_written):
                return " ".join(self.text[start:end].split())
        return None


def _matches(words: list[Word]) -> list[tuple[int, int]]:
    """(first, last) word index of every phrase found, left to right."""
    lowered = [w.lower for w in words]
    found = []
    for index in range(len(words)):
        for pattern in _patterns():
            end = index + len(pattern)
            if end <= len(words) and all(lowered[index + k] in slot for k, slot in enumerate(pattern)):
                found.append((index, end - 1))
    return found
