"""Year-less deadlines a document gives as recurring every year: "T32 training grants have two
annual deadlines: January 25 and September 25", "Standard due dates: February 5, June 5,
October 5". Funders' standard cycles come round each year, so each day is a yearly series
from its next occurrence, not a one-off in the year the reference date happens to choose.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dateutil.relativedelta import relativedelta

from calfeed.events.timing import Timing
from calfeed.events.vocabulary import find_phrase, phrase_list, word_list
from calfeed.events.words import APOSTROPHE_WORD
from calfeed.model import Timex

YEARLY = "FREQ=YEARLY"
SHIFT_REACH = 4          # words from "falls on" to the weekend word ("falls on a Saturday")
_SENTENCE = re.compile(r"[^.!?\n]+")


def _has_cue(text: str) -> bool:
    lowered = " ".join(text.lower().replace(":", " ").split()).split(" ")
    cues = phrase_list("yearly_cues")
    return find_phrase(lowered, cues) is not None


def weekend_shift(text: str) -> bool:
    """Whether the document moves its days when they fall on a weekend ("Should a due date
    fall on a weekend, forms are taken ... on the next Monday"): a page that
    cannot say once which weekday its days fall on gives days that come round every year."""
    openers, verbs = word_list("rule_condition_openers"), word_list("weekend_shift_verbs")
    days = word_list("weekend_shift_days")
    for sentence in _SENTENCE.finditer(text):
        words = [w.lower() for w in APOSTROPHE_WORD.findall(sentence.group())]
        if not words or words[0] not in openers:
            continue
        for k, word in enumerate(words[:-1]):
            if word in verbs and words[k + 1] in word_list("shift_day_links") and any(w in days for w in words[k + 2:k + 2 + SHIFT_REACH]):
                return True
    return False


def joined_to_yearly(text: str, timex: Timex, before: Timex | None) -> bool:
    """"Applications are due each Jan. 31 and July 31": a year-less day joined by "and" (or a
    comma) to a yearly day just before it recurs as that one does; "each" governs the pair."""
    if before is None or before.type != "SET" or not (before.rrule or "").startswith(YEARLY) \
            or before.end > timex.start:
        return False
    gap = tuple(text[before.end:timex.start].replace(",", " , ").lower().split())
    return gap in phrase_list("date_joiners")


def one_off_year(timex: Timex, sentence_dates: list[Timex]) -> bool:
    """Whether the day's own sentence writes a year beside it ("May 9 (moved back from May 7 to
    May 9 for the 2018 Autumn bursary round)"): the day is that round's,
    a one-off, even on a page whose days otherwise come round every year."""
    return any(other is not timex and other.type == "DATE" and (other.raw_value or "")[:4].isdigit()
               for other in sentence_dates)


def yearly_deadline(timex: Timex, sentence: str, timing: Timing, reference: date,
                    recurs: bool = False) -> Timing | None:
    """``timing`` as a yearly series when ``timex`` is a written day of a month with no year
    (raw value XXXX-MM-DD) in a sentence with a yearly cue (or when other evidence ``recurs``:
    joined to a yearly day, listed under a yearly lead-in, on a page with a weekend rule);
    None otherwise. The series starts on the day's next occurrence on or after the reference date."""
    raw = timex.raw_value or ""
    if timex.type != "DATE" or not raw.startswith("XXXX-") or len(raw) != 10 or timing.rrule \
            or not timing.all_day or not (recurs or _has_cue(sentence)):
        return None
    start = timing.start
    while start < reference:
        start = start + relativedelta(years=1)
    while start - relativedelta(years=1) >= reference:
        start = start - relativedelta(years=1)
    return replace(timing, start=start, end=start, rrule=YEARLY)
