"""A usual day stated only to depart from it: "The filing deadline is normally October 15. As the
15th falls on a weekend this time, however, returns are taken until the 16th."

A habitual hedge (habitual_hedges: "normally", "usually") right before a single day says which
day the thing falls on in a usual year, not this year's. When the rest of the sentence or the next
sentence of its paragraph turns from it (habit_departure_turns: "however", "but", "instead"), the
page goes on to the day that holds this time, so the usual day is the background: no entry. A
hedged day with no turn after it ("the fair is usually on 4 July") is left alone, as is a series
(departed_habits.py reads those).
"""

from __future__ import annotations

from calfeed.events.candidates import Candidate
from calfeed.events.vocabulary import phrase_list, phrase_matches, word_list
from calfeed.events.words import words_in
from calfeed.text import Sentences

HEDGE_REACH = 3     # words before the day within which the hedge must stand ("is normally", "normally falls on")


def without_departed_usual_days(text: str, candidates: list[Candidate], sentences: Sentences
                                ) -> tuple[list[Candidate], list[tuple[Candidate, str]]]:
    """The candidates kept, and the usual days the page turns from, each with its turn word."""
    kept: list[Candidate] = []
    dropped: list[tuple[Candidate, str]] = []
    for cand in candidates:
        turn = _departed(text, cand, sentences) if cand.timing.rrule is None else None
        if turn is None:
            kept.append(cand)
        else:
            dropped.append((cand, turn))
    return kept, dropped


def _departed(text: str, cand: Candidate, sentences: Sentences) -> str | None:
    sentence = sentences.at(cand.timex.start)
    before = [w.lower for w in words_in(text, sentence[0], cand.timex.start) if w.is_word][-HEDGE_REACH:]
    if not set(before) & word_list("habitual_hedges"):
        return None
    end = sentence[1]
    index = sentences.index_at(cand.timex.start)
    if index + 1 < len(sentences.bounds):
        following = sentences.bounds[index + 1]
        if "\n\n" not in text[sentence[1]:following[0]]:
            end = following[1]
    lowered = [w.lower for w in words_in(text, cand.timex.end, end) if w.is_word]
    turn = next(phrase_matches(lowered, phrase_list("habit_departure_turns")), None)
    return None if turn is None else " ".join(turn[1])
