"""A frequency that opens a sentence only to liken this time to the others is no series.

"Every year crowds come to see the parade, held this year on 29 August" is the same: a yearly
frequency in a sentence whose day "this year" dates (the adverb right before it, see
:mod:`calfeed.timex.adverb_year_days`) tells this year's occasion, not a rule for every year
(:func:`this_year_habits`).

"As every year, four prayers will be held at the temple on 8 November": the words before the comma
say the occasion comes round yearly, but the sentence dates this year's; read as a series, "every
year" took the day for its own anchor and the day gave no entry. A frequency with only a
comparison lead-in (comparison_leads) before it, at its sentence's start, and a comma right after
it, is left out of the series and their anchors, and the clause of the day after it starts past the
comma.
"""

from __future__ import annotations

import bisect

from calfeed.events.vocabulary import phrase_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import Sentences
from calfeed.timex.adverb_year_days import dated_by_adverb

THIS_YEAR = "REF+P0Y"  # the raw value of "this year": the writing year's occasion
LEAD_CHARS = 16      # characters from the sentence's start to the frequency: a lead-in's ("Just like ")
MAX_LEAD_IN = 48     # characters from a clause's start to the comma after its lead-in's frequency


def compared_habits(text: str, sentences: Sentences, ordered: list[Timex]) -> set[int]:
    """The ids of the frequencies that only liken a sentence's occasion to the others."""
    found: set[int] = set()
    for timex in ordered:
        if timex.type != "SET" or not text.startswith(",", timex.end):
            continue
        begin = sentences.at(timex.start)[0]
        if timex.start - begin > LEAD_CHARS:
            continue
        lead = [w.lower for w in words_in(text, begin, timex.start) if w.is_word]
        if lead and tuple(lead) in phrase_list("comparison_leads"):
            found.add(id(timex))
    return found


def this_year_habits(text: str, sentences: Sentences, ordered: list[Timex]) -> set[int]:
    """The ids of yearly frequencies whose sentence dates this year's occasion with "this year on D"."""
    found: set[int] = set()
    for timex in ordered:
        if timex.type != "SET" or "FREQ=YEARLY" not in (timex.rrule or ""):
            continue
        begin, end = sentences.at(timex.start)
        inside = [t for t in ordered if begin <= t.start and t.end <= end]
        if any(dated_by_adverb(text, adverb, day) for adverb, day in zip(inside, inside[1:])
               if adverb.raw_value.startswith(THIS_YEAR)):
            found.add(id(timex))
    return found


def past_likening(clause: tuple[int, int], ends: list[int], at: int) -> tuple[int, int]:
    """``clause`` from after the comma of a likening lead-in that opens it ("As every year,"),
    when the date at ``at`` comes after it; ``ends`` are where each lead-in's comma ends, in order."""
    k = bisect.bisect_right(ends, at) - 1
    if k < 0 or not clause[0] < ends[k] <= at or ends[k] - clause[0] > MAX_LEAD_IN:
        return clause
    return ends[k], clause[1]
