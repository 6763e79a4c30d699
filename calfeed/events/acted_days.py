"""Days that date a past act told in the news register: "The licensing board on Thursday
extended the deadline to 20 March", "Council on Monday approved the plan".

The day stands between the subject and its verb, led by "on" (``acted_day_leads``) or, a weekday
alone, right after a name's capitalised last word ("The Education Department Friday extended
..."), and the verb right after it (an
adverb of ``act_participle_adverbs`` such as "further" or "formally" allowed between) is in the
past tense: the sentence reports what the subject did that day, the news that tells of the
dates further on. The act is over, so its day gives no entry, whatever the sentence names
("the deadline" is the new day's). Only a single day on or before the page's date counts: "The
board on Friday will decide" tells of a day ahead and keeps it.
"""

from __future__ import annotations

from calfeed.events.candidates import Candidate
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import words_in
from calfeed.model import ReferenceDate
from calfeed.timex.tense import past_form

LEAD_REACH = 30        # characters read back from the day for its "on" and the subject's last word
VERB_REACH = 40        # characters read on from the day for the verb


def without_acted_days(text: str, chosen: list[Candidate], reference: ReferenceDate) -> list[Candidate]:
    """``chosen`` without the days that date a past act of the sentence's subject (module doc)."""
    if reference.value is None:
        return chosen
    return [c for c in chosen if not acted_day(text, c, reference)]


def acted_day(text: str, candidate: Candidate, reference: ReferenceDate) -> bool:
    """Whether ``candidate``'s day stands between a subject and its past verb ("The board on
    Thursday extended ...") and is not after the page's date."""
    timex, timing = candidate.timex, candidate.timing
    if timing.rrule is not None or timex.type not in ("DATE", "TIME") or reference.value is None:
        return False
    if day_of(timing.end or timing.start) > reference.value:
        return False
    before = words_in(text, max(candidate.sentence[0], timex.start - LEAD_REACH), timex.start)
    if not (_led_day(before) or _bare_weekday_after_name(timex.text, before)):
        return False
    after = words_in(text, timex.end, min(candidate.sentence[1], timex.end + VERB_REACH))
    adverbs = word_list("act_participle_adverbs")
    k = 0
    while k < len(after) and after[k].is_word and after[k].lower in adverbs:
        k += 1
    return k < len(after) and after[k].is_word and past_form(after[k].lower)


def _led_day(before) -> bool:
    """"(RTA) on Monday": a subject's last word or its bracketed short name, then a lead of
    ``acted_day_leads``, right before the day."""
    return (len(before) >= 2 and before[-1].lower in word_list("acted_day_leads")
            and (before[-2].is_word or before[-2].text == ")"))


def _bare_weekday_after_name(expr: str, before) -> bool:
    """"The Water Board Friday moved the closing day": a weekday alone, with no
    lead, right after the capitalised last word of a name (the news register drops the "on")."""
    return (expr.strip().lower() in weekday_words() and len(before) >= 1 and before[-1].is_word
            and before[-1].text[:1].isupper() and before[-1].lower not in weekday_words())
