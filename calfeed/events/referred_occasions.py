"""A day that names an occasion inside a fronted time clause: "After the band's May 3 launch,
the record goes on sale in shops ...". The clause sets the scene for the main
clause; its day only says which launch is meant, the one the page dates elsewhere (say on
May 30: the "3" is a slip). When another entry of the page has the same event noun, the
referred day is no entry of its own, so a slipped day never stands beside the real one.
"""

from __future__ import annotations

from calfeed.events.candidates import Candidate
from calfeed.events.vocabulary import merged_phrase_list
from calfeed.events.words import first_words, words_in

MAX_OPENER_REACH = 6      # words from the clause's opener to the day


def without_referred_occasions(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` less each whose day premodifies its event noun in a fronted time clause
    (a subordinator opens its sentence, a comma closes the clause after the noun) when another
    candidate, outside that clause, has the same event noun."""
    heads: dict[str, list[Candidate]] = {}
    for cand in candidates:
        if cand.head:
            heads.setdefault(cand.head, []).append(cand)
    kept = []
    for cand in candidates:
        clause_end = _referred_clause_end(text, cand) if cand.head and len(heads[cand.head]) > 1 else -1
        if clause_end >= 0 and any(o is not cand and not (cand.sentence[0] <= o.timex.start < clause_end)
                                   for o in heads[cand.head]):
            continue
        kept.append(cand)
    return kept


def _referred_clause_end(text: str, cand: Candidate) -> int:
    """Where the fronted time clause holding the candidate's day right before its event noun
    ends (its comma), or -1 when there is none: the sentence opens with a subordinator ("After",
    "Following"), the day comes within MAX_OPENER_REACH words of it, the noun follows the day, and
    a comma closes the clause after the noun."""
    timex = cand.timex
    # the words before the day first, and no more than the reach: reading the sentence up to every
    # date (and on to its comma) made a sentence of many days square
    before = first_words(text, cand.sentence[0], timex.start, MAX_OPENER_REACH + 1)
    if len(before) > MAX_OPENER_REACH:
        return -1
    opener = next((s for s in merged_phrase_list(("subordinators", "fronted_subordinators"))
                   if tuple(w.lower for w in before[:len(s)]) == s), None)
    if opener is None:
        return -1
    comma = text.find(",", timex.end, cand.sentence[1])
    if comma < 0 or text.find("\n", cand.sentence[0], comma) >= 0:
        return -1
    after = [w.lower for w in words_in(text, timex.end, comma) if w.is_word]
    return comma if cand.head in after else -1
