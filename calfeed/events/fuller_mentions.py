"""A bare definite subject ("The drive is set to finish by 5pm on August 20") points back to the
thing the text named in full a little earlier ("before the close of the annual permit renewal
drive"): the entry is titled by that fuller mention, not by the bare noun, which
tells a subscriber nothing. Only an article or demonstrative and one noun count as bare
(mention_determiners); the earlier mention must end in the same noun and carry words before it.
"""

from __future__ import annotations

from calfeed.events.phrases import phrase_stops
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word, words_in

MENTION_REACH = 800       # characters looked back over for the fuller mention (a paragraph or two)
MAX_MODIFIERS = 6         # words before the noun in the fuller mention ("continuous voters registration (CVR)")
_BRACKETS = "()"


def fuller_mention(text: str, words: list[Word], subject: tuple[int, int]) -> str | None:
    """The fuller earlier mention of a bare definite subject ``subject`` (word indexes, first to
    last), as written: its modifiers and its noun ("annual permit renewal drive"); None when
    the subject is no bare "the NOUN" or nothing before names it more fully."""
    first, last = subject
    if first > 0 and words[first - 1].lower in word_list("mention_determiners"):
        first -= 1        # the subject as read leaves its article out
    if last != first + 1 or words[first].lower not in word_list("mention_determiners") or not words[last].is_word:
        return None
    head = words[last].lower
    begin = max(0, words[first].start - MENTION_REACH)
    before = words_in(text, begin, words[first].start)
    stops = phrase_stops() | word_list("articles")
    for k in range(len(before) - 1, 0, -1):
        if before[k].lower != head:
            continue
        start = k
        while (start > 0 and k - start < MAX_MODIFIERS + 2
               and (before[start - 1].is_word and before[start - 1].lower not in stops
                    or before[start - 1].text in _BRACKETS)
               and "\n" not in text[before[start - 1].end:before[start].start]):
            start -= 1
        while start < k and before[start].text in _BRACKETS:
            start += 1
        if start < k and k - start <= MAX_MODIFIERS + 2:
            return " ".join(text[before[start].start:before[k].end].split())
    return None
