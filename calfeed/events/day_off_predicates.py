"""A day whose predicate is a day off: "next Friday is to be a holiday", "Mayor Hale said
that 4 May is a holiday", "Friday 27 March marks the Orla holiday".

The bare noun "holiday" names no event ("during the holiday", "holiday homes"), so no event noun
frames such a day, and "next Friday" is no plain day (no number written). Yet a day that is
the subject of a copula (day_off_copulas: "will be", "is", "marks"; day_off_declared_copulas: "has
been declared", whose past is the declaring's, so the day's past tense is no veto there) whose
predicate is a day-off noun (day_off_nouns) with at most TITLE_MODIFIERS words before it says what
the day is: a day off, the entry titled by the noun and its modifiers ("Holiday", "Orla holiday").
The day must open its clause (after a fronted phrase) or follow a complementizer ("announced that
..."), be one day ahead of the page's date and be told in no past; the noun must end its phrase
(a link, a break or a clause opener after it: not "a holiday camp").
"""

from __future__ import annotations

from functools import lru_cache

from calfeed.events.phrases import fronted_end
from calfeed.events.candidates import coarser_than_day
from calfeed.events.vocabulary import phrase_at, phrase_list, word_list
from calfeed.events.words import words_in
from calfeed.model import ReferenceDate, Timex

DAY_OFF_NOTE = "a day ahead the sentence says is a day off (the day is its subject, the day-off noun its predicate)"
TITLE_MODIFIERS = 2      # "the Orla holiday", "a school holiday"
PREDICATE_READ = 160     # characters read after the day: copula, article, modifiers, noun and one word more
_DAY_GRAINS = ("day",)


@lru_cache(maxsize=None)
def _ends() -> frozenset[str]:
    """Words that may follow the day-off noun: a link or a word that opens a clause of its own."""
    return (word_list("phrase_links") | word_list("act_date_prepositions") | word_list("act_subject_breaks")
            | word_list("fronted_object_stops") | word_list("day_off_noun_ends"))


def day_off_predicate(text: str, clause: tuple[int, int], timex: Timex, reference: ReferenceDate) -> str | None:
    """The title of the day off the clause says ``timex`` is, or None."""
    span = timex.interval
    if (timex.type != "DATE" or span is None or reference.value is None
            or timex.approximate or span.granularity not in _DAY_GRAINS or coarser_than_day(timex)
            or timex.end_interval is not None or span.start.date() <= reference.value):
        return None
    after = words_in(text, timex.end, min(clause[1], timex.end + PREDICATE_READ))
    lowered = [w.lower for w in after]
    copula = phrase_at(lowered, 0, phrase_list("day_off_copulas"))
    if copula is None:
        declared = phrase_at(lowered, 0, phrase_list("day_off_declared_copulas"))
        if declared is None:
            return None      # cheapest question first: most days are no copula's subject
        copula = declared    # "6 March has been declared a holiday": the declaring is past, not the day
    elif timex.tense == "past":
        return None
    before = words_in(text, clause[0], timex.start)
    if before and not (before[-1].lower in word_list("complementizers") or fronted_end(before) == len(before)):
        return None          # "The office closes on Thursday, which is a holiday": not the subject
    k = len(copula)
    if k < len(after) and lowered[k] in word_list("articles"):
        k += 1
    first = k
    for _ in range(TITLE_MODIFIERS + 1):
        noun = phrase_at(lowered, k, phrase_list("day_off_nouns"))
        if noun is not None:
            end = k + len(noun)
            if end < len(after) and after[end].is_word and lowered[end] not in _ends():
                return None  # "a holiday camp": the noun is another's modifier
            name = " ".join(w.text for w in after[first:end])
            return name[:1].upper() + name[1:]
        if k >= len(after) or not after[k].text.isalpha() or lowered[k] in word_list("title_modifier_stops"):
            return None
        k += 1
    return None
