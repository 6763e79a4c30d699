"""What a page lists, for a row that does not say: the first attended event noun phrase of the
page's lines above it ("On the second Thursday we have a talk" over a programme of talks: "Talk";
"Inaugural Lecture Series" over a table of speakers: "Inaugural Lecture"). A row whose details are
still to be announced, or a table's row that names only its speaker, is one of those."""

from __future__ import annotations

from calfeed.events.phrases import noun_phrases, phrase_text
from calfeed.events.vocabulary import singular_nouns
from calfeed.events.words import words_in
from calfeed.text import line_end

_UNATTENDED = ("deadline", "milestone")


def page_series(text: str, before: int) -> str | None:
    """The first attended event noun phrase of the page's lines above ``before``: what the page
    lists ("we have a talk" over a programme of talks); a plural head stands for one of them
    ("Upcoming Lectures": "Lecture")."""
    at = 0
    while at < before:
        end = line_end(text, at)
        words = words_in(text, at, end)
        phrase = next((p for p in noun_phrases(words, [], text) if p.kind not in _UNATTENDED), None)
        if phrase is not None:
            if phrase.plural:
                head = words[phrase.head].lower
                one = singular_nouns().get((head,), head)
                return one[:1].upper() + one[1:]
            name = phrase_text(words, phrase.first, phrase.last, text)
            return name[:1].upper() + name[1:]
        at = end + 1
    return None
