"""A search for a few words that end a window, tried only where those words begin.

The tense reader asks of many participles and dates which word stands right before them ("is
held", "dates chosen", "by Friday"): ``pattern.search(text, lo, end)`` with a pattern of whole
ASCII words that must end the window (``\\Z`` or ``$``). The engine tries such a search at every
character of the window, some thirty, and each try that fails costs about as much as the one that
matches (a first TBAQ pass spent some 25 million instructions so).

Such a match can begin only at the start of one of the window's last few runs of letters: its
words are whole runs, only white space stands between them and after the last, and it ends
with the window. So ``pattern.match`` is tried at those starts alone, the leftmost first, which is
the order the search tries them in; every other place the search would try fails, so the first
match found is the one the search returns. A window that holds other characters than ASCII is
searched plainly (a case-blind pattern may take a letter beyond ASCII for one of its own).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

ASCII_LETTERS = string.ascii_letters
_PLAIN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def words_in(phrases: list[str] | tuple[str, ...]) -> int:
    """The most words any of ``phrases`` holds, or 0 when one is not plain ASCII words separated
    by single blanks (its start may then lie elsewhere: search plainly)."""
    if not phrases or not all(_PLAIN_WORDS.fullmatch(phrase) for phrase in phrases):
        return 0
    return max(phrase.count(" ") + 1 for phrase in phrases)


@dataclass(frozen=True)
class TrailingWords:
    """A pattern that matches only up to the end of what it searches, beginning with one of the
    last ``words`` runs of ``letters`` there (whole runs, white space between and after them).
    ``words`` 0: no such bound is known, and ``search`` is the plain one."""

    pattern: re.Pattern[str]
    words: int
    letters: str = ASCII_LETTERS
    # The words, in lower case, that every match's last word is (the case-blind phrases' last words): an
    # ASCII window whose last word (white space after it left out) ends with none of them is passed over
    # unread, as EndsWithWord passes one over (most dates follow none of them). Empty: no such test.
    lasts: tuple[str, ...] = ()

    def search(self, text: str, lo: int, end: int) -> re.Match[str] | None:
        """``self.pattern.search(text, lo, end)``."""
        window = text[lo:end]
        if not self.words or not window.isascii():
            return self.pattern.search(text, lo, end)
        if self.lasts and not window.rstrip().lower().endswith(self.lasts):
            return None
        starts = []
        rest = window
        for _ in range(self.words):
            rest = rest.rstrip()
            word = rest.rstrip(self.letters)
            if len(word) == len(rest):
                break           # no letter before: no word further back can begin a match
            starts.append(len(word))
            rest = word
        match = self.pattern.match
        for at in reversed(starts):
            found = match(text, lo + at, end)
            if found is not None:
                return found
        return None


def last_words(phrases: list[str] | tuple[str, ...] | set[str], lower: bool = True) -> tuple[str, ...]:
    """The last word of each phrase ("no later than" -> "than"), in lower case when ``lower``."""
    return tuple(sorted({(phrase.split()[-1].lower() if lower else phrase.split()[-1])
                         for phrase in phrases if phrase.split()}))


@dataclass(frozen=True)
class EndsWithWord:
    """A pattern whose every match ends its window with one of ``lasts`` and then only white space
    (a date's lead: "the day before ", "ballot date on ", "our first "). An ASCII window that does not
    end so is passed over without the search, which tries the pattern at each of its characters:
    most dates follow none of the words. ``folded``: the pattern ignores case (``lasts`` are in lower
    case); a window beyond ASCII is searched plainly (the engine folds some letters beyond it)."""

    pattern: re.Pattern[str]
    lasts: tuple[str, ...]
    folded: bool = True

    def search(self, text: str, lo: int, end: int) -> re.Match[str] | None:
        """``self.pattern.search(text, lo, end)``."""
        window = text[lo:end]
        if self.lasts and window.isascii():
            tail = window.rstrip()
            if not (tail.lower() if self.folded else tail).endswith(self.lasts):
                return None
        return self.pattern.search(text, lo, end)
