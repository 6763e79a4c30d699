"""A stand-in title ("Main event", "The event") named by the event told just before it.

"The fifth yearly Lantern Fair opens in the old town, with crafts ... / With the main event set for
Saturday 16 June, stalls are going up": "the main event" points back at the fair the text has just
named. When the page's title names no event (mentions.document_event), the subject of one of the
few sentences before, in the date's paragraph or the one before it, stands in: an event people
attend whose words hold a name (a capitalised word other than the first), so a plain "the
ceremony" or "a deadline" names nothing. Such a subject in the date's own paragraph stands in
even when the page's title names an event: a story of several fairs ("Brambleford Fair organisers
said ... The event is now set for 14 August") speaks of the one it has just named, not of the first
its title's word recalls.
"""

from __future__ import annotations

from calfeed.events.candidates import DateSpans
from calfeed.events.naming import Referent, attended_phrase
from calfeed.events.phrases import clause_subject, noun_phrases, phrase_text
from calfeed.events.vocabulary import event_nouns
from calfeed.events.words import Word, clause_bounds, words_in
from calfeed.text import Sentences

REACH = 2            # sentences looked back
PARAGRAPHS = 1       # paragraph breaks that may stand between


def event_told_before(text: str, sentences: Sentences, sentence: tuple[int, int], dates: DateSpans,
                      paragraphs: int = PARAGRAPHS) -> Referent | None:
    """The named event the subject of a sentence shortly before ``sentence`` is, with at most
    ``paragraphs`` paragraph breaks between (0: in the date's own paragraph)."""
    index = sentences.index_at(sentence[0])
    breaks = 0
    later = sentence[0]
    for back in range(index - 1, max(-1, index - 1 - REACH), -1):
        start, end = sentences.bounds[back]
        breaks += text.count("\n\n", end, later) > 0
        if breaks > paragraphs:
            return None
        later = start
        clause = clause_bounds(text, start, end)[0]
        words = words_in(text, *clause)
        blocked = [(t.start, t.end) for t in dates.within(clause) if t.type != "SET"]   # "the yearly fair": a word of the name
        subject = clause_subject(words, blocked)
        if subject is None:
            continue
        phrase = next((p for p in noun_phrases(words, blocked, text) if subject[0] <= p.head <= subject[1]), None)
        if phrase is None:
            named = _name_before_head(words, subject)
            if named is not None:     # "Brambleford Fair organisers said ...": the fair they run
                return Referent(phrase_text(words, *named, text), "event", words[named[1]].lower)
            continue
        if not attended_phrase(words, phrase):
            continue
        if not any(w.text[:1].isupper() for w in words[phrase.first + 1:phrase.last + 1]):
            continue
        return Referent(phrase_text(words, phrase.first, phrase.last, text), phrase.kind, words[phrase.head].lower)
    return None


def _name_before_head(words: list[Word], subject: tuple[int, int]) -> tuple[int, int] | None:
    """The capitalised name, ending in an event noun, that modifies the subject's head ("Noisily
    Festival organisers", "the Harbour Fair committee"): first and last word indexes, or None.
    The name holds at least one capitalised word before its noun."""
    nouns = event_nouns()
    for last in range(subject[1] - 1, subject[0], -1):
        if (words[last].lower,) not in nouns or not words[last].text[:1].isupper():
            continue
        first = last
        while first - 1 >= subject[0] and words[first - 1].is_word and words[first - 1].text[:1].isupper():
            first -= 1
        return (first, last) if first < last else None
    return None
