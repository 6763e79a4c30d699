"""A day told only as what was once planned, in a relative clause: "every pupil that was
scheduled to sit the paper in May/June may take the combined one instead".

A relative clause in the past that names a plan ("that were scheduled", "which was originally
planned") tells the old arrangement of the thing it describes; a page says so only because the
plan no longer holds (moved, called off, merged into another). The day in it is no calendar
entry. The clause must lead straight to the day: no comma and no other date between.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word
from calfeed.model import Timex

PLAN_WORDS = 2          # words after the auxiliary that may hold the plan ("was originally scheduled")
RELATIVE_REACH = 14     # words from the relative mark to the day ("that were set to sit the final paper in")


def past_plan_day(words: list[Word], timex: Timex, blocked: list[tuple[int, int]]) -> bool:
    """Whether ``timex`` ends a relative clause in the past that names a plan: a relative mark
    (``past_relative_marks``), a past copula (``past_copulas``), a plan word (``superseded_plan_marks``
    or ``relative_plan_words``: "which was due to be staged") within PLAN_WORDS, then words up to the day with no comma or bracket, no other date (``blocked``:
    the clause's date spans, sorted) and no finite verb of another clause (``clause_verbs``: "that was
    planned has been moved to 3 May" dates the move). Both are found by bisection: a clause of many
    dates asks once for each."""
    at = bisect_right(words, timex.start, key=lambda w: w.end)       # the words ending before the day
    before = words[max(0, at - RELATIVE_REACH):at]
    earlier = bisect_left(blocked, (timex.start, timex.end))        # the dates starting before this one
    floor = blocked[earlier - 1][1] if earlier else -1               # where the date before it ends
    marks, copulas = word_list("past_relative_marks"), word_list("past_copulas")
    plans = word_list("superseded_plan_marks") | word_list("relative_plan_words")
    verbs = word_list("clause_verbs")
    for k in range(len(before) - 1, 0, -1):
        word = before[k]
        if before[k - 1].lower in marks and word.lower in copulas:
            return before[k - 1].start >= floor and any(w.lower in plans for w in before[k + 1:k + 1 + PLAN_WORDS])
        if not word.is_word or word.lower in verbs or word.start < floor:
            return False
    return False
