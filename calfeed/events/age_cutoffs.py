"""An age reached on a day ("members who turn 21 on 1 March 2031", "pupils reaching five years of
age by 31 August") says who qualifies for a register, a school year or a team, not that anything
happens that day: the day is a cutoff and gives no entry. The verbs, the words of an age and the
prepositions before the day are data (age_cutoff_verbs, age_cutoff_units, age_cutoff_prepositions)."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word
from calfeed.model import Timex
from calfeed.timex.lexicon import load_table

AGE_UNIT_WORDS = 3      # "years of age", "years old": the words of an age after its number
LEAD_REACH = 3          # words between the person ("who") and the verb: "who will have attained"
MAX_AGE_DIGITS = 3


@lru_cache(maxsize=None)
def _number_words() -> frozenset[str]:
    """Cardinals written as words ("eighteen")."""
    return frozenset(row["word"].lower() for row in load_table("en", "numbers") if row["kind"] == "cardinal")


def _is_age(word: Word) -> bool:
    return (word.text.isdigit() and len(word.text) <= MAX_AGE_DIGITS) or word.lower in _number_words()


def age_cutoff(words: list[Word], timex: Timex) -> bool:
    """Whether ``timex`` follows an age a person reaches: a person's relative ("who"; age_cutoff_leads)
    within LEAD_REACH words before a verb of reaching an age, a number, up to AGE_UNIT_WORDS of an
    age's words, then a preposition of a cutoff, right before the date ("anyone who turns 21 on",
    "applicants who will have attained 21 years of age as of"). A thing's birthday ("the museum,
    which turns 50 on Saturday") is an anniversary and stays."""
    upto = bisect_right(words, timex.start, key=lambda w: w.end)     # the words before it, found by bisection
    reach = 2 + AGE_UNIT_WORDS + 2 + LEAD_REACH + 2 * len(word_list("age_cutoff_prepositions"))
    before = [w for w in words[max(0, upto - 2 * reach):upto] if w.is_word]
    at = len(before) - 1
    preposition = False
    while at >= 0 and before[at].lower in word_list("age_cutoff_prepositions"):
        at, preposition = at - 1, True
    if not preposition:
        return False
    units = 0
    while at >= 0 and units < AGE_UNIT_WORDS and before[at].lower in word_list("age_cutoff_units"):
        at, units = at - 1, units + 1
    if at < 1 or not _is_age(before[at]) or before[at - 1].lower not in word_list("age_cutoff_verbs"):
        return False
    leads = before[max(0, at - 1 - LEAD_REACH):at - 1]
    return any(w.lower in word_list("age_cutoff_leads") for w in leads)
