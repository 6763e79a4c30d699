"""A date inside a question the page asks of itself is asked about, not announced; a year in a
sentence that says the day is still undecided only names an edition.

FAQ pages and explainers set their points out as questions ("When will the next show (2027) be
held?", "Can a new signing play this weekend?") and answer them below: the answer, if any, is the
entry; the question's own date names what is asked about. A question put to the reader is often
an invitation ("Will you join us on Saturday 3 May?"), so a question that speaks to the reader
(reader_words) or of "us" keeps its date.
"""

from __future__ import annotations

from calfeed.events.vocabulary import find_phrase, phrase_list, word_list
from calfeed.events.words import words_in

QUESTION_MARKS = ("?", "？")


def asked_sentence(text: str, sentence: tuple[int, int]) -> bool:
    """Whether ``sentence`` is a question the page asks of itself: it ends in a question mark,
    opens with a question word, and names neither the reader nor "us"."""
    if not text[sentence[0]:sentence[1]].rstrip().endswith(QUESTION_MARKS):
        return False
    words = [w for w in words_in(text, *sentence) if w.is_word]
    if not words or words[0].lower not in word_list("question_openers"):
        return False
    invited = word_list("reader_words") | word_list("invited_pronouns")
    return not any(w.lower in invited for w in words)


def undecided_sentence(text: str, sentence: tuple[int, int]) -> bool:
    """Whether ``sentence`` says its day is still to be fixed ("The date of the 2027 exhibition
    has not been decided"): its year or month names which one, no time to hold."""
    lowered = [w.lower for w in words_in(text, *sentence) if w.is_word]
    return find_phrase(lowered, phrase_list("undecided_date_phrases")) is not None
