"""A later sentence on a date-led line that opens with its own clock ("August 6 (Friday) at 19:00 - dance
groups. At 21:00 on the main square, the band Kettle will give a concert."): an entry of its own.

A line a date opens is one item (date_led_lines): its words name the date's entry, and the dates later on
it only tell what the item is about ("Thursday 11 February - General debate on the report of 3 February"),
so framing passes over them. A programme written as prose under day headings puts several sentences on one
such line, each later one opened by the clock of its own slot on that day. That clock's sentence is no part
of the first item: the line's stretch ends where such a sentence begins, and the clock is framed by its own
sentence as any clock whose day the text carried from before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from calfeed.events.deadline_clock import clock_of
from calfeed.events.vocabulary import word_list
from calfeed.events.words import first_words
from calfeed.model import Timex

if TYPE_CHECKING:       # calfeed.text imports calfeed.timex, whose package imports calfeed.text
    from calfeed.text import Sentences

MAX_LEAD_WORDS = 1      # words before the clock in its sentence ("At 21:00 ...")


def clock_opened_end(text: str, rest: tuple[int, int], sentences: Sentences, dates: Iterable[Timex]) -> int:
    """Where the stretch ``rest`` of a date-led line ends: at the start of the first later sentence on it
    that opens with a clock whose day is not written (a preposition of clock_prepositions before it at
    most), else at ``rest``'s own end. ``dates`` are the dates within ``rest``, in text order."""
    first = sentences.at(rest[0])
    for timex in dates:
        if not rest[0] <= timex.start < rest[1] or clock_of(timex) is None or timex.interval is None:
            continue
        sentence = sentences.at(timex.start)
        if sentence[0] <= first[0] or sentence[0] < rest[0]:
            continue
        lead = first_words(text, sentence[0], timex.start, MAX_LEAD_WORDS + 1)
        if len(lead) <= MAX_LEAD_WORDS and all(w.lower in word_list("clock_prepositions") for w in lead):
            return sentence[0]
    return rest[1]
