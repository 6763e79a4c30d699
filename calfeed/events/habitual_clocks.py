"""A clock time told of an occasion that recurs, with no day: "Our monthly meeting starts at
7.30pm", "The club normally meets at 8pm". The tagger puts a clock whose day is not written on
the page's own date when nothing before it is dated; but the sentence says when every meeting
starts, not that one is held on the day the page was written. No day is told, so the entry goes
to the review report. The same holds for any such clock ("Doors open at 8 pm") on a page that
states a standing schedule ("on the third Friday of each month") and whose own date is only a
guess (the build day's, when nothing dates the page): its clocks are the schedule's.

A clock in a sentence that states a series ("Every Monday the club meets at 7pm and the bar
opens at 9pm") is a time of the habit too, wherever the series sits.

A sentence that writes a day ("tonight", "on 14 November") is left alone, and so is a clock
the tagger put on a day the page writes above it ("14 November" / "Our monthly meeting starts
at 7.30pm"): that day is the occasion's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from calfeed.events.candidates import date_not_written
from calfeed.events.vocabulary import word_list
from calfeed.events.words import last_words, words_in
from calfeed.model import Timex


STANDING_SCHEDULE = "a standing schedule"    # what makes the clock a schedule's on a page nothing dates


def habitual_clock(text: str, timex: Timex, sentence: tuple[int, int], others: Sequence[Timex],
                   page_day: date | None, schedule_undated: bool = False) -> str | None:
    """The word that makes ``timex`` (a clock with no day written, on the page's own day
    ``page_day``) the time of a recurring occasion, if any: a frequency adjective or a habit's
    adverb before it in its sentence, where no other expression writes a day (``others``: the
    sentence's expressions); or STANDING_SCHEDULE when the page states a series and its date is
    a guess (``schedule_undated``)."""
    if (page_day is None or not date_not_written(timex) or timex.interval is None
            or timex.interval.start.date() != page_day):
        return None
    if any(other is not timex and not date_not_written(other) and other.type != "SET" for other in others):
        return None
    marks = _habit_marks()
    said = next((lower for end, lower in _marks_of(text, sentence[0], max(sentence[1], timex.start))
                 if end <= timex.start), None)
    if said is not None:
        return said
    cut = last_words(text, sentence[0], timex.start, 1)    # a word the clock starts inside ends at the clock
    if cut and cut[0].is_word and cut[0].lower in marks:
        return cut[0].lower
    series = next((other for other in others if other is not timex and other.type == "SET"), None)
    if series is not None:     # "Every Monday the club meets at 7pm and the bar opens at 9pm": the habit's
        return " ".join(series.text.lower().split())
    return STANDING_SCHEDULE if schedule_undated else None


def _habit_marks() -> frozenset[str]:
    return word_list("recurring_adjectives") | word_list("habitual_hedges")


@lru_cache(maxsize=64)
def _marks_of(text: str, start: int, end: int) -> tuple[tuple[int, str], ...]:
    """The habit's words of the sentence from ``start`` to ``end`` ("monthly", "normally"), as
    (where each ends, the word in lower case), in order: read once for all the sentence's clocks
    (a page on one line is one sentence holding every clock, and each clock read it from its start)."""
    marks = _habit_marks()
    return tuple((word.end, word.lower) for word in words_in(text, start, end) if word.is_word and word.lower in marks)
