"""Days a page gives as the past day a rule or a holiday came into being: "Harvest Day became
official on 2 March", "The Act received royal assent on 3 May", "The bill was signed into law on
Tuesday".

News of a new law or holiday tells how it was made before the day it appoints ("The first holiday
will be on Friday, 18 September"). The enactment is over, and an entry for it would be a day
nobody keeps in a calendar, titled with the rule's name as if it were the rule's own day. So a day
led by ``enacted_day_leads`` ("on") right after a past enactment of ``enactment_phrases`` gives
no entry; the days the rule sets are told in sentences of their own. The phrases are past forms
only: "becomes law on 1 July" and "will become official on 1 July" keep their day.
"""

from __future__ import annotations

from calfeed.events.candidates import Candidate
from calfeed.events.vocabulary import ending_phrase, phrase_list, word_list
from calfeed.events.words import words_in

LEAD_REACH = 60        # characters read back from the day for its lead and the enactment before it


def without_enacted_days(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the days that date a rule's past enactment (module doc)."""
    return [c for c in chosen if not enacted_day(text, c)]


def enacted_day(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate``'s day is led right after a past enactment ("became official on")."""
    timex = candidate.timex
    if candidate.timing.rrule is not None or timex.type != "DATE":
        return False
    before = words_in(text, max(candidate.sentence[0], timex.start - LEAD_REACH), timex.start)
    if len(before) < 2 or before[-1].lower not in word_list("enacted_day_leads"):
        return False
    lowered = [w.lower for w in before[:-1]]
    return ending_phrase(lowered, phrase_list("enactment_phrases")) is not None
