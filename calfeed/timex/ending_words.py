"""A word of a list that ends a short window, found from the characters before word starts.

The modifier before a date ("early", "the end of", "about") is looked for with a pattern that
opens with a look-behind (no word character before the word) and ends at the window's end. The
engine tries such a pattern at every position of the window, and each try first runs the
look-behind, then the word list's branches one by one: about 500 instructions a character, some
30 million in a first TBAQ pass. Most windows are ASCII. There the window is read in lower case
(same offsets), the scan stops only at a character that is no word character (the character a
word start follows, which the engine finds by a table look-up), and the word list is written in
lower case, so that each branch opens with a plain character the engine passes over at once. A
start at the window's own start (no character before it) is tried first, as the look-behind
lets the whole pattern match there. The tries are those of the look-behind pattern at the same
starts, in the same order, so the same match is found; any other window is searched with the
look-behind pattern itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from calfeed.timex.one_time import compiled_later
from calfeed.timex.vocabulary import pattern_width, word_alternation

# A character that is no word character (``[^\w]``), written for an ASCII text as the ASCII
# characters it takes: every one but the digits, the letters and "_".
_ASCII_NO_WORD = r"[\x00-/:-@\[-^`{-\x7f]"


@dataclass(frozen=True, slots=True)
class Ending:
    """What the search found: where the word starts in the window, the word and the link word
    after it (as written in the window; None when the pattern has no such group or it is empty)."""

    start: int
    word: str
    link: str | None


@dataclass(frozen=True)
class EndingWords:
    """``(?<![\\w])(?P<w>WORDS)TAIL``, ignoring case, searched from ``reach`` characters before a
    window's end (``TAIL`` ends at the window's end; its group ``link``, if any, is reported)."""

    words: tuple[str, ...]
    tail: str            # a pattern of lower-case literals and classes that no case changes

    def __post_init__(self) -> None:
        compiled_later(self, "any_text", "ascii_stops", "ascii_start")

    @cached_property
    def reach(self) -> int:
        """The most characters a match takes, and one for a ``$`` before a last newline: no match
        starts further back from the window's end, so the search for one starts there."""
        return pattern_width(self.any_text) + 1

    @cached_property
    def _ascii_words(self) -> bool:
        return all(word.isascii() for word in self.words)

    @cached_property
    def _has_link(self) -> bool:
        return "link" in self.any_text.groupindex

    @cached_property
    def any_text(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w])(?P<w>{word_alternation(list(self.words), dispatched=True)}){self.tail}",
                          re.IGNORECASE)

    @property
    def _ascii_inner(self) -> str:
        lower = sorted({word.lower() for word in self.words})
        return rf"(?P<w>{word_alternation(lower, case_sensitive=True)}){self.tail}"

    @cached_property
    def ascii_stops(self) -> re.Pattern[str]:
        return re.compile(rf"{_ASCII_NO_WORD}(?={self._ascii_inner})")

    @cached_property
    def ascii_start(self) -> re.Pattern[str]:
        return re.compile(rf"(?={self._ascii_inner})")

    def find(self, window: str) -> Ending | None:
        """The match of ``any_text`` in ``window`` from ``reach`` characters before its end."""
        at = max(0, len(window) - self.reach)
        if not window.isascii() or not self._ascii_words:
            match = self.any_text.search(window, at)
            return None if match is None else Ending(match.start(), match.group("w"), self._link(match, window))
        lower = window.lower()
        match = self.ascii_start.match(lower) if at == 0 else None
        if match is None:
            match = self.ascii_stops.search(lower, max(0, at - 1))
        if match is None:
            return None
        return Ending(match.start("w"), window[match.start("w"):match.end("w")], self._link(match, window))

    def _link(self, match: re.Match[str], window: str) -> str | None:
        if not self._has_link or match.start("link") < 0:
            return None
        return window[match.start("link"):match.end("link")]
