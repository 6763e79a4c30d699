"""An event told as once planned, then called off in the next sentence: "The village fete was
due to take place on 14 August. The committee said it had no choice but to call it off."

The first sentence only tells the old plan (a past copula and a plan word before the day: "was
due to", "was scheduled for", "were set to"); the next one, with no day of its own, calls it off
(later_cancel_words). Read alone, the first gives an entry on a day nothing happens. A condition
in the next sentence ("If rain forces us to cancel ...") calls nothing off, and a next sentence
with a day of its own ("... cancelled, and the fete moves to 21 August") is left to the other rules.
"""

from __future__ import annotations

from calfeed.events.vocabulary import phrase_list, phrase_matches, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex
from calfeed.text import Sentences

PLAN_REACH = 3      # words from the past copula to the plan word ("was originally due")


def cancelled_after(text: str, sentences: Sentences, sentence: tuple[int, int], words: list[Word],
                    timex: Timex, next_has_date: bool) -> str | None:
    """The words of the next sentence that call off the plan ``words`` (the clause of ``timex``)
    tell, or None. ``next_has_date``: whether the next sentence writes a date of its own."""
    if next_has_date or not _past_plan(words, timex):
        return None
    index = sentences.index_at(sentence[0])
    if index + 1 >= len(sentences.bounds):
        return None
    following = words_in(text, *sentences.bounds[index + 1])
    lowered = [w.lower for w in following]
    if word_list("condition_marks") & set(lowered):
        return None
    found = next(phrase_matches(lowered, phrase_list("later_cancel_words")), None)
    if found is None:
        return None
    k, phrase = found
    return " ".join(w.text for w in following[k:k + len(phrase)])


def _past_plan(words: list[Word], timex: Timex) -> bool:
    """A past copula and, within PLAN_REACH words after it, a plan word, before the day."""
    before = [w.lower for w in words if w.end <= timex.start and w.is_word]
    copulas = word_list("past_copulas")
    plans = word_list("superseded_plan_marks") | word_list("relative_plan_words")
    return any(word in copulas and any(w in plans for w in before[k + 1:k + 1 + PLAN_REACH])
               for k, word in enumerate(before))
