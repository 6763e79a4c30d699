"""A day by which someone hopes to hear or settle whether something happens: "the chair hopes to
hear by Thursday whether the gala can proceed".

The day bounds the finding out, and the thing asked about stands in an indirect question after
it ("if", "whether"), so its event noun names no occasion on that day: the page does not yet know
whether the thing happens at all. Only the shape verb, optional preposition, day, question word
counts, with nothing else between: "will learn the results by Friday" (no question) and "find out
more at the fair on Friday, if you can" (a comma, a condition) are other readings.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.events.words import Word
from calfeed.model import Timex


def learning_bound(words: list[Word], timex: Timex) -> bool:
    """Whether ``timex`` bounds a verb of finding out (``learning_verbs``) that ends right before
    it, or before one preposition (``learning_bound_links``), and a question word
    (``question_clause_openers``) opens the words right after it."""
    after = bisect_left(words, timex.end, key=lambda w: w.start)
    if after >= len(words) or words[after].lower not in word_list("question_clause_openers"):
        return False
    at = bisect_right(words, timex.start, key=lambda w: w.end)      # the words ending before the day
    before = [w.lower for w in words[:at]]
    if before and before[-1] in word_list("learning_bound_links"):
        before.pop()
    return any(len(verb) <= len(before) and tuple(before[-len(verb):]) == verb
               for verb in phrase_list("learning_verbs"))
