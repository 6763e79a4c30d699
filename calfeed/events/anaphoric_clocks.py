"""A clock in a sentence that points back to a dated event ("The Prime Minister will on Tuesday
open the conference ... The event is scheduled to commence at 10 am"): that event's clock on its
day, not the time of a standing schedule.

On a page whose date is a guess and which states a series somewhere ("Every year, January 9 is
celebrated"), a clock with no day of its own is read as a standing schedule's time and gives no
entry (:mod:`calfeed.events.habitual_clocks`). A sentence that opens by naming the event again
("The event", "The conference", "It") right after a sentence that gave it a day is that event's
clock: the tagger already gave the clock that day (TimeML's last-day rule); this says the day is
the event's, not a schedule's.
"""

from __future__ import annotations

from datetime import timedelta

from calfeed.events.candidates import DateSpans, date_not_written
from calfeed.events.vocabulary import event_nouns, word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import Sentences

ONE_DAY = timedelta(days=1)
ANAPHOR_SENTENCES = 2    # sentences back searched for the day the event pointed back to was given


def clock_of_told_event(text: str, sentences: Sentences, clock: Timex, dates: DateSpans) -> bool:
    """Whether ``clock`` (a clock with no day written) stands in a sentence that opens by pointing
    back to an event ("The event ...", "This ceremony ...", "It will start ..."; the openers are
    ``event_anaphors.en.txt``, the nouns the event nouns) and one of the ANAPHOR_SENTENCES sentences
    before it writes the day the clock was given, not as a series."""
    if not date_not_written(clock) or clock.interval is None:
        return False
    start, _ = sentences.at(clock.start)
    words = [w for w in words_in(text, start, clock.start) if w.is_word][:2]
    if not words or words[0].lower not in word_list("event_anaphors"):
        return False
    if words[0].lower not in word_list("event_pronouns") and (
            len(words) < 2 or (words[1].lower,) not in event_nouns()):
        return False
    day = clock.interval.start.date()
    index = sentences.index_at(clock.start)
    for earlier in range(max(0, index - ANAPHOR_SENTENCES), index):
        for other in dates.within(sentences.bounds[earlier]):
            if (other.type == "DATE" and other.interval is not None and other.interval.start.date() == day
                    and other.interval.end - other.interval.start <= ONE_DAY):
                return True
    return False
