"""An event held in a clause of circumstance after the sentence's subject.

"On Saturday, from 2pm, motorists should expect delays near the park, as a charity match is
held": the sentence's subject (motorists) is who is warned, not what happens; the event is the
noun phrase that opens the clause of held_clause_openers ("as", "while") before the verb that
holds it ("is held", "takes place"), and that phrase names the day.
"""

from __future__ import annotations

from calfeed.events.phrases import NounPhrase, noun_phrases
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word


def held_clause_phrase(words: list[Word], blocked: list[tuple[int, int]], held: int,
                       subject: tuple[int, int] | None, text: str) -> NounPhrase | None:
    """The first event noun phrase between an opener of held_clause_openers and the event verb
    at ``held``, when that opener stands after the clause's ``subject`` (so the verb is the
    clause of circumstance's, not the subject's); None when there is no such opener or phrase."""
    if subject is None or held <= subject[1] + 1:
        return None
    openers = word_list("held_clause_openers")
    opener = next((j for j in range(held - 1, subject[1], -1) if words[j].lower in openers), None)
    if opener is None:
        return None
    inside = [p for p in noun_phrases(words, blocked, text) if opener < p.first and p.last < held]
    return min(inside, key=lambda p: p.first) if inside else None
