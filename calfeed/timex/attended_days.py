"""A day that belongs to a promised presence, not to the act that promised it.

"Every choir in the line-up confirmed its presence on 12 September": the past verb confirms, but the
day is when the bands will be there, a day still ahead when the page was written. Read as the
day of a past act, it dated a festival notice after its own festival, and every year-less day on
the page moved a year on. Such a day tells nothing of when the page was written.
"""

from __future__ import annotations

from itertools import islice

from calfeed.events.words import words_back
from calfeed.model import Timex
from calfeed.timex.lexicon import load_words


def attended_day(text: str, sentence_start: int, timex: Timex) -> bool:
    """Whether ``timex`` follows a link of ``attendance_day_links.txt`` ("on") after a noun of
    ``attendance_nouns.txt`` ("presence", "participation") that a determiner opens and a verb of
    ``attendance_promise_verbs.txt`` ("confirmed", "promised") takes as its object: "confirmed
    their presence on D", "has promised his participation on D". The words must stand together,
    with nothing but blanks between the link and the day."""
    words = list(islice((w for w in words_back(text, sentence_start, timex.start) if w.is_word), 4))[::-1]
    if len(words) < 4 or text[words[-1].end:timex.start].strip():
        return False
    verb, determiner, noun, link = (w.lower for w in words)
    return (link in load_words("en", "attendance_day_links") and noun in load_words("en", "attendance_nouns")
            and determiner in load_words("en", "determiners")
            and verb in load_words("en", "attendance_promise_verbs"))
