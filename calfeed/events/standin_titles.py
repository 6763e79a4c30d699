"""A stand-in title ("Main event", "The event") named by the event told just before it.

"The fifth yearly Lantern Fair opens in the old town, with crafts ... / With the main event set for
Saturday 16 June, stalls are going up": "the main event" points back at the fair the text has just
named. When the page's title names no event (mentions.document_event), the subject of one of the
few sentences before, in the date's paragraph or the one before it, stands in: an event people
attend whose words hold a name (a capitalised word other than the first), so a plain "the
ceremony" or "a deadline" names nothing.
"""

from __future__ import annotations

from calfeed.events.candidates import DateSpans
from calfeed.events.naming import Referent, attended_phrase
from calfeed.events.phrases import clause_subject, noun_phrases, phrase_text
from calfeed.events.words import clause_bounds, words_in
from calfeed.text import Sentences

REACH = 2            # sentences looked back
PARAGRAPHS = 1       # paragraph breaks that may stand between


def event_told_before(text: str, sentences: Sentences, sentence: tuple[int, int], dates: DateSpans
                      ) -> Referent | None:
    """The named event the subject of a sentence shortly before ``sentence`` is."""
    index = sentences.index_at(sentence[0])
    breaks = 0
    later = sentence[0]
    for back in range(index - 1, max(-1, index - 1 - REACH), -1):
        start, end = sentences.bounds[back]
        breaks += text.count("\n\n", end, later) > 0
        if breaks > PARAGRAPHS:
            return None
        later = start
        clause = clause_bounds(text, start, end)[0]
        words = words_in(text, *clause)
        blocked = [(t.start, t.end) for t in dates.within(clause) if t.type != "SET"]   # "the yearly fair": a word of the name
        subject = clause_subject(words, blocked)
        if subject is None:
            continue
        phrase = next((p for p in noun_phrases(words, blocked, text) if subject[0] <= p.head <= subject[1]), None)
        if phrase is None or not attended_phrase(words, phrase):
            continue
        if not any(w.text[:1].isupper() for w in words[phrase.first + 1:phrase.last + 1]):
            continue
        return Referent(phrase_text(words, phrase.first, phrase.last, text), phrase.kind, words[phrase.head].lower)
    return None
