"""A stretch that bounds a count, not a day ahead: "This will be the band's second concert in Leeds
in a month", "the third storm in a week".

"in a month" after an ordinal and its noun says over how long the things were counted (the
ordinal counts occurrences, the stretch closes the count), so it dates no occasion a month ahead.
Only the tight shape counts: the ordinal, one or two words of its noun, an optional place phrase
("in Leeds", "at the Arena") and the "in" of the stretch. A verb between ("The second round will
resume in a month", "... of talks resumes in a month") makes the stretch a day ahead again.
"""

from __future__ import annotations

from bisect import bisect_right

from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word
from calfeed.model import Timex

NOUN_WORDS = 2       # words of the counted noun after the ordinal ("second solo concert")
PLACE_WORDS = 4      # words of a place phrase after it ("in the Royal Albert Hall")


def counted_window(words: list[Word], timex: Timex) -> bool:
    """Whether ``timex``, read by a rule of ``count_window_rules``, follows "in" after an ordinal of
    ``count_ordinals``, up to NOUN_WORDS lower-case words, and an optional place phrase (a word of
    ``place_prepositions`` then capitalised words or articles)."""
    if timex.rule.split("+")[0] not in word_list("count_window_rules"):
        return False
    at = bisect_right(words, timex.start, key=lambda w: w.end)      # the words ending before the day
    if at < 2:
        return False
    before = words[:at - 1]                                         # without the stretch's own "in"
    k = len(before) - 1
    prepositions, articles = word_list("place_prepositions"), word_list("articles")
    place = k
    while k >= 0 and place - k < PLACE_WORDS and before[k].is_word and (
            before[k].is_capitalised or before[k].lower in articles):
        k -= 1
    if k < place and k >= 0 and before[k].lower in prepositions:
        k -= 1                                                       # "in Mexico City", "at the Arena"
    elif k < place:
        k = place                                                    # capitals with no preposition: no place phrase
    noun = 0
    while k >= 0 and noun < NOUN_WORDS and before[k].is_word and before[k].text.islower() \
            and before[k].lower not in word_list("count_ordinals"):
        k -= 1
        noun += 1
    return noun > 0 and k >= 0 and before[k].lower in word_list("count_ordinals")
