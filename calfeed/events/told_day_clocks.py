"""A clock told in a sentence after its day: "The fair will be held on Saturday, 14 October. At 3pm
the raffle will be drawn." The tagger gives the day-less clock the day the text last wrote, so its
value is right, but the clause readers that name an entry by its subject and verb ("Raffle drawn",
"Sale resumes") take only days written with their number ahead of the page's date
(plain_dates.plain_day). A day-less clock counts as such a day when its own sentence writes no day
and one of the TOLD_BACK sentences before it, in the same paragraph, tells that very day ahead of
the page's date in no past, with no other day told between: the page names the day once and times
what happens on it next. A "today" told ahead ("The rehearsal will take place today") anchors the
page's own day the same way ("... Bridge Street will stay shut from 6 AM to 3 PM").
"""

from __future__ import annotations

from calfeed.events.candidates import Candidate, DateSpans, date_not_written
from calfeed.events.nearby_clocks import untimed_day
from calfeed.events.plain_dates import plain_day
from calfeed.events.vocabulary import singular_word, word_list
from calfeed.events.words import words_in
from calfeed.model import ReferenceDate, Timex
from calfeed.text import Sentences
from calfeed.timex.rawvalue import TODAY

PARAGRAPH_BREAK = "\n\n"
TOLD_BACK = 3                 # sentences before the clock's where its day may be told


def day_told_before(text: str, timex: Timex, sentences: Sentences, dates: DateSpans,
                    reference: ReferenceDate) -> bool:
    """Whether the day-less clock at ``timex`` takes the day a sentence shortly before it tells."""
    if (timex.type != "TIME" or not date_not_written(timex) or timex.interval is None or timex.tense == "past"
            or reference.value is None or timex.interval.start.date() < reference.value):
        return False
    index = sentences.index_at(timex.start)
    own = sentences.bounds[index]
    if any(_tells_a_day(t) for t in dates.within(own) if t is not timex):
        return False          # the sentence writes a day of its own
    day = timex.interval.start.date()
    if _names_another_days_event(text, own, sentences, index, dates, day):
        return False          # "... hold a conference call on 22 April. ... on 21 April. / The call will begin at 9:00"
    for back in range(index - 1, max(-1, index - 1 - TOLD_BACK), -1):
        before = sentences.bounds[back]
        if PARAGRAPH_BREAK in text[before[1]:own[0]]:
            return False
        told = [t for t in dates.within(before) if before[0] <= t.start and t.end <= before[1] and _tells_a_day(t)]
        if not told:
            continue
        return all(t.interval.start.date() == day for t in told) and any(_anchors(t, day, reference) for t in told)
    return False


def _names_another_days_event(text: str, own: tuple[int, int], sentences: Sentences, index: int,
                              dates: DateSpans, day) -> bool:
    """The clock's sentence opens by naming a thing again ("The call", "This meeting": event_anaphors
    and a noun) that an earlier sentence tells on another day: the clock is that thing's, whatever
    day the text wrote last."""
    words = [w for w in words_in(text, *own) if w.is_word][:2]
    if len(words) != 2 or words[0].lower not in word_list("event_anaphors") \
            or words[0].lower in word_list("event_pronouns"):
        return False
    noun = singular_word(words[1].lower)
    for back in range(index - 1, -1, -1):
        before = sentences.bounds[back]
        if noun not in {singular_word(w.lower) for w in words_in(text, *before) if w.is_word}:
            continue
        if any(_tells_a_day(t) and t.interval.start.date() != day
               for t in dates.within(before) if before[0] <= t.start and t.end <= before[1]):
            return True
    return False



def _tells_a_day(timex: Timex) -> bool:
    """A date writing a day's number, or "today" ("Friday, April 21", "at 2pm on 3rd April"; not a
    clock whose day came from context, a period, a weekday alone nor a holiday's name)."""
    return (timex.type in ("DATE", "TIME") and timex.interval is not None and not date_not_written(timex)
            and timex.interval.granularity in ("day", "hour", "minute", "second")
            and ((timex.raw_value or "") == TODAY or any(c.isdigit() for c in timex.text)))


def _anchors(timex: Timex, day, reference: ReferenceDate) -> bool:
    """A day written with its number ahead of the page's date, or "today" told ahead, on ``day``."""
    if timex.end_interval is not None or timex.interval.start.date() != day:
        return False
    if (timex.raw_value or "") == TODAY:
        return timex.tense == "future" and day == reference.value
    return plain_day(timex, reference)


def left_to_the_entry_before(timex: Timex, sentences: Sentences, dates: DateSpans,
                             candidates: list[Candidate]) -> bool:
    """The clock is the only one of its sentence and the sentence right before gave an all-day entry:
    "Pine Crest Resort will also open Nov. 9. Lifts will start running at 8 a.m." times that entry
    (nearby_clocks), not an entry of its own. Two clocks or more ("The lantern parade will begin at
    6:15 PM, and the bonfire will begin promptly at 7:00 PM") are the day's programme, each its own entry."""
    index = sentences.index_at(timex.start)
    if index == 0:
        return False
    own = sentences.bounds[index]
    if sum(1 for t in dates.within(own) if t.type == "TIME" and own[0] <= t.start < own[1]) > 1:
        return False
    before = sentences.bounds[index - 1]
    return any(untimed_day(c) and before[0] <= c.timex.start < before[1] for c in candidates)
