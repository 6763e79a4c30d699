"""A launch named by what it launches.

"The ministry announced the official launch of ‘Harbour Weeks’, which will begin on 20 March":
the launch noun is only the act of starting; the dated thing is the name in quotes after its
"of", and that name is the title (launched_name_heads: launch, unveiling ...).
"""

from __future__ import annotations

from calfeed.events.phrases import NounPhrase
from calfeed.events.quote_marks import WITH_ANGLES, closing_marks, closing_word, opening_marks
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word

MAX_NAME_WORDS = 6          # words of the quoted name ("Open Streets", "Festival of Small Boats")
OPENING_QUOTES = frozenset(opening_marks(WITH_ANGLES))
CLOSING_QUOTES = closing_marks(WITH_ANGLES)


def launched_name(words: list[Word], phrase: NounPhrase, text: str) -> str | None:
    """The quoted name after a launch noun's "of" ("launch of ‘Harbour Weeks’": Harbour Weeks),
    else None. The phrase must end at its launch head, so "launch of the new app" (no quotes)
    and "launch party" keep their own words."""
    head = phrase.head
    if phrase.last != head or words[head].lower not in word_list("launched_name_heads"):
        return None
    link, quote = head + 1, head + 2
    if quote + 2 >= len(words) or words[link].lower != "of" or words[quote].text not in OPENING_QUOTES:
        return None
    if not words[quote + 1].is_capitalised:
        return None
    end = closing_word(words, quote + 1, quote + MAX_NAME_WORDS + 2, CLOSING_QUOTES)
    if end is None or not all(w.is_word for w in words[quote + 1:end]):
        return None       # no closing mark near, or a mark inside: no name alone in the quotes
    if words[end].is_word:      # the closing mark kept on the name's last word
        return text[words[quote + 1].start:words[end].end - 1]
    return text[words[quote + 1].start:words[end - 1].end] if end > quote + 1 else None
