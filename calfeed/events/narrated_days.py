"""Days a page narrates as the subject of a past copula: "Friday 1st June was our first
meeting", "Our 27 December meeting was our last program meeting", "3 March was a great day".

The day is what the sentence is about, and the sentence says what that day was: news of a
club's or a parish's recent past. past_reports and told_history keep such a day when the page
announces nothing ahead (an archive's record), as a calendar of what happened when; this wording
is no record, it is the story of a day already over, so it gives no entry whatever else the page
holds. Only a day on or before the page's date counts ("Friday 3 March was chosen for the fair"
on a page written in February is a plan told in the passive: the date is after the page's), and
only when the day opens its sentence (or a clause after ", and") as the subject, with at most an
article or a possessive before it and two words of the noun it names after it. A copula with a
participle of ``plan_participles`` after it ("Saturday 5 December was chosen as the date for the
Christmas fair") is that plan told in the passive whatever the page's date: the day keeps its
entry (a page without a date of its own may be dated by that very day).
"""

from __future__ import annotations

from calfeed.events.candidates import Candidate
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word, words_in
from calfeed.model import ReferenceDate

LEAD_REACH = 40            # characters read back from a day for what opens its clause (linear on long runs)
SUBJECT_NOUN_WORDS = 2     # words of the noun a day modifies before the copula ("meeting", "board meeting")


def without_narrated_days(text: str, chosen: list[Candidate], reference: ReferenceDate) -> list[Candidate]:
    """``chosen`` without the one-off days told as the subject of a past copula (module doc)."""
    if reference.value is None:
        return chosen
    return [c for c in chosen if not narrated_day(text, c, reference)]


def narrated_day(text: str, candidate: Candidate, reference: ReferenceDate) -> bool:
    """Whether ``candidate``'s day opens its sentence as the subject of a past copula ("was",
    "were") and is over by the page's date."""
    timex, timing = candidate.timex, candidate.timing
    if timing.rrule is not None or timex.type not in ("DATE", "TIME") or reference.value is None:
        return False
    if day_of(timing.end or timing.start) > reference.value:
        return False
    begin = max(candidate.sentence[0], timex.start - LEAD_REACH)
    if not _opens_clause(words_in(text, begin, timex.start), begin == candidate.sentence[0]):
        return False
    after = words_in(text, timex.end, min(candidate.sentence[1], timex.end + 60))
    copulas = word_list("past_copulas")
    for k, word in enumerate(after[:SUBJECT_NOUN_WORDS + 1]):
        if not word.is_word:
            return False
        if word.lower in copulas:      # "... was chosen as the date for ...": a plan, not a story
            return k + 1 >= len(after) or after[k + 1].lower not in word_list("plan_participles")
    return False


def _opens_clause(before: list[Word], from_start: bool) -> bool:
    """Whether the words ``before`` a day leave it the subject opening its clause: nothing, an
    article or a possessive ("Our"), after the sentence's start (``before`` runs from it when
    ``from_start``) or after a comma and a word that joins clauses ("..., and Friday 1st June
    was our first meeting")."""
    leads = word_list("articles") | word_list("possessives")
    k = len(before)
    if k and before[k - 1].lower in leads:
        k -= 1
    if k == 0:
        return from_start
    if before[k - 1].lower not in word_list("verb_coordinators"):
        return False
    return (k == 1 and from_start) or (k > 1 and before[k - 2].text in (",", ";"))
