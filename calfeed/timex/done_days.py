"""A day planned in its own clause and then said to be done ("The fire drill that was set for Tuesday
6 May has already been carried out", "the count booked for 3 May had already taken place"): the tense
read at the date is the plan's, ahead, but the sentence says the day is over by the time of writing,
so the page is dated after it, not weeks before it as an announcement would be."""

from __future__ import annotations

from calfeed.events.words import first_words
from calfeed.model import Timex
from calfeed.text import Sentences
from calfeed.timex.lexicon import load_list, load_words

AUXILIARY_REACH = 3     # words after the date before its perfect's auxiliary: "has", "which has", "which had"


def done_after(text: str, sentences: Sentences, timex: Timex) -> str | None:
    """The words that say ``timex``'s day is over ("has already been carried out"): among the first
    AUXILIARY_REACH words after the date in its sentence a perfect auxiliary (``done_auxiliaries``),
    then a completion adverb (``done_adverbs``: "already") and a participle (a regular past ending,
    an irregular participle, or ``done_participle_words``: "been"). None without them."""
    words = first_words(text, timex.end, sentences.at(timex.start)[1], AUXILIARY_REACH + 2)
    auxiliaries, adverbs = load_words("en", "done_auxiliaries"), load_words("en", "done_adverbs")
    for at, word in enumerate(words[:AUXILIARY_REACH]):
        if word.lower not in auxiliaries:
            continue
        if at + 2 < len(words) and words[at + 1].lower in adverbs and _participle(words[at + 2].lower):
            last = at + 3 if at + 3 < len(words) and _passive(words[at + 2].lower, words[at + 3].lower) else at + 2
            return text[word.start:words[last].end]
        return None        # the clause's verb is another perfect: "has been moved", "had no rehearsal"
    return None


def _passive(auxiliary: str, word: str) -> bool:
    """"been carried", "been held": the participle after "been" belongs to the phrase shown."""
    return auxiliary in load_words("en", "done_participle_words") and word.isalpha()


def _participle(word: str) -> bool:
    if word in load_words("en", "done_participle_words") or word in load_words("en", "irregular_participles") \
            or word in load_words("en", "irregular_past"):
        return True
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in load_list("en", "regular_past_endings"))
