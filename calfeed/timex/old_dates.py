"""A day named as the old date of a move: "rescheduled the fair from its original date 5 June to
12 September", "moved from the initially planned date of 14 June to 21 June".

The words between "from" and the old day ("its original date", "the initially planned date of")
say only which day is given up: readers that look for a moving verb and "from" right before the
old day (the tagger's tense, the feed's replaced days) skip them, so the move is read as a move,
12 September the new day and 5 June dropped, not as a run from June to September. An article or
possessive, one or two adjectives of an old date and a date noun are needed: "from the date" alone
names no old date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.lexicon import load_words

OLD_DATE_ADJECTIVES = 2     # adjectives before the date noun ("its originally planned date")
OLD_DATE_REACH = 60         # characters before a day searched for the phrase
_WORD = re.compile(r"[^\W\d_]+")


def old_date_words(words: list[str]) -> int:
    """How many of the lower-case ``words`` at the end name the old day as the old date: a
    determiner (``determiners.txt``), one or two adjectives of ``old_date_adjectives.txt``, a noun
    of ``old_date_nouns.txt`` and, optionally, a link of ``old_date_links.txt`` ("of"); 0 when the
    words end otherwise."""
    at = len(words)
    if at and words[at - 1] in load_words("en", "old_date_links"):
        at -= 1
    if not at or words[at - 1] not in load_words("en", "old_date_nouns"):
        return 0
    at -= 1
    adjectives = load_words("en", "old_date_adjectives")
    first = at
    while first > 0 and at - first < OLD_DATE_ADJECTIVES and words[first - 1] in adjectives:
        first -= 1
    if first == at or first == 0 or words[first - 1] not in load_words("en", "determiners"):
        return 0
    return len(words) - first + 1


@lru_cache(maxsize=None)
def _last_words() -> tuple[tuple[str, ...], int]:
    """The words an old-date phrase may end with (a link, or the date noun when no link follows
    it), and the length of the longest."""
    words = load_words("en", "old_date_links") | load_words("en", "old_date_nouns")
    return tuple(sorted(words)), max(map(len, words))


def old_date_start(text: str, low: int, start: int) -> int:
    """Where the old-date phrase right before the day at ``start`` begins (only blanks between it
    and the day), searched no further back than ``low``; ``start`` itself when there is none.

    Most days asked about (the tense reader asks it of every day a past verb governs) follow no
    such phrase: the text before the day, blanks left off, must end with one of the phrase's last
    words, which a look at its last few characters tells before the words are read."""
    window_start = max(low, start - OLD_DATE_REACH)
    endings, longest = _last_words()
    if not text[window_start:start].rstrip()[-longest:].lower().endswith(endings):
        return start
    found = list(_WORD.finditer(text, window_start, start))
    if not found or text[found[-1].end():start].strip():
        return start
    count = old_date_words([m.group().lower() for m in found])
    if not count:
        return start
    return found[-count].start()
