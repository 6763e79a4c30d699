"""A clock time told of an occasion that recurs, with no day: "Our monthly meeting starts at
7.30pm", "The club normally meets at 8pm". The tagger puts a clock whose day is not written on
the page's own date when nothing before it is dated; but the sentence says when every meeting
starts, not that one is held on the day the page was written. No day is told, so the entry goes
to the review report. The same holds for any such clock ("Doors open at 8 pm") on a page that
states a standing schedule ("on the third Friday of each month") and whose own date is only a
guess (the build day's, when nothing dates the page): its clocks are the schedule's.

A clock in a sentence that states a series ("Every Monday the club meets at 7pm and the bar
opens at 9pm") is a time of the habit too, wherever the series sits, and on whatever day the
tagger put the clock ("Restrictions start on 2 March." / "Sprinklers may run every third day,
before 8am or after 5pm": the rule's hours, not a cut-off on 2 March).

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
_DAYLESS = ("SET", "DURATION")     # a series or a length of time in the sentence writes no day


def habitual_clock(text: str, timex: Timex, sentence: tuple[int, int], others: Sequence[Timex],
                   page_day: date | None, schedule_undated: bool = False) -> str | None:
    """The word that makes ``timex`` (a clock with no day written, on the page's own day
    ``page_day``) the time of a recurring occasion, if any: a frequency adjective or a habit's
    adverb before it in its sentence, where no other expression writes a day (``others``: the
    sentence's expressions); or STANDING_SCHEDULE when the page states a series and its date is
    a guess (``schedule_undated``)."""
    if not date_not_written(timex) or timex.interval is None:
        return None
    if any(other is not timex and not date_not_written(other) and other.type not in _DAYLESS for other in others):
        return None
    if page_day is None or timex.interval.start.date() != page_day:
        series = next((other for other in others if other is not timex and other.type == "SET"
                       and not _relative_between(text, timex.end, other.start)), None)
        return " ".join(series.text.lower().split()) if series is not None else None   # put on a day told above
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


def _relative_between(text: str, start: int, end: int) -> bool:
    """Whether a relative clause opens between ``start`` and ``end`` (a comma, then relative_marks):
    a series in it is the noun's before the comma ("close at 10 p.m. on the day of each draw, which
    falls every Tuesday and Friday"), not the clock's habit, so the clock keeps the day it was put on."""
    words = words_in(text, start, end) if start < end else []
    return any(words[k].text == "," and words[k + 1].lower in word_list("relative_marks") for k in range(len(words) - 1))


def _habit_marks() -> frozenset[str]:
    return word_list("recurring_adjectives") | word_list("habitual_hedges")


@lru_cache(maxsize=64)
def _marks_of(text: str, start: int, end: int) -> tuple[tuple[int, str], ...]:
    """The habit's words of the sentence from ``start`` to ``end`` ("monthly", "normally"), as
    (where each ends, the word in lower case), in order: read once for all the sentence's clocks
    (a page on one line is one sentence holding every clock, and each clock read it from its start)."""
    marks = _habit_marks()
    return tuple((word.end, word.lower) for word in words_in(text, start, end) if word.is_word and word.lower in marks)
