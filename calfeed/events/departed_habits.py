"""A usual pattern a sentence states only to depart from it: "The second group is normally barred
on Thursdays, but will also be barred on Tuesday", "the dances usually held every year on 1 May
have been called off".

A series a habitual hedge governs is kept as an approximate rule (the club that "usually meets on
Thursdays"). When the same sentence turns from it, the pattern is the background of the news:
a turn of ``habit_departure_turns`` ("but", "however") followed in the sentence by a day of its
own (the exception, which gives its own entry), or a calling off of ``habit_departure_cancels``
right after the series ("should be called off"). The series then gives no entry; a turn with no
day after it ("usually held every Sunday, but all are welcome") leaves the series alone.
"""

from __future__ import annotations

from calfeed.events.candidates import DateSpans
from calfeed.events.vocabulary import phrase_list, phrase_matches
from calfeed.events.words import words_in
from calfeed.model import Timex

TURN_REACH = 120       # characters after the series read for the turn and the day after it
CANCEL_WORDS = 8       # words after the series within which a calling off must start ("from April 3-5 should be")


def departed_habit(text: str, sentence: tuple[int, int], timex: Timex, dates: DateSpans) -> str | None:
    """The words by which ``timex``'s sentence departs from the series it states, or None."""
    end = min(sentence[1], timex.end + TURN_REACH)
    words = words_in(text, timex.end, end)
    lowered = [w.lower for w in words]
    cancel = next(phrase_matches(lowered, phrase_list("habit_departure_cancels")), None)
    if cancel is not None and cancel[0] < CANCEL_WORDS:
        return " ".join(cancel[1])
    turn = next(phrase_matches(lowered, phrase_list("habit_departure_turns")), None)
    if turn is None:
        return None
    after = words[turn[0]].end
    if any(t.start >= after and t.type in ("DATE", "TIME") for t in dates.each_within((after, end))):
        return " ".join(turn[1])
    return None
