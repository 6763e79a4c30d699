"""A day that names an occasion inside a fronted time clause: "After the band's May 3 launch,
the record goes on sale in shops ...". The clause sets the scene for the main
clause; its day only says which launch is meant, the one the page dates elsewhere (say on
May 30: the "3" is a slip). When another entry of the page has the same event noun, the
referred day is no entry of its own, so a slipped day never stands beside the real one.
"""

from __future__ import annotations

from calfeed.events.candidates import Candidate
from calfeed.events.vocabulary import merged_phrase_list
from calfeed.events.words import words_in

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
    comma = text.find(",", timex.end, cand.sentence[1])
    if comma < 0 or "\n" in text[cand.sentence[0]:comma]:
        return -1
    before = [w for w in words_in(text, cand.sentence[0], timex.start) if w.is_word]
    after = [w.lower for w in words_in(text, timex.end, comma) if w.is_word]
    opener = next((s for s in merged_phrase_list(("subordinators", "fronted_subordinators"))
                   if tuple(w.lower for w in before[:len(s)]) == s), None)
    referred = opener is not None and len(before) <= MAX_OPENER_REACH and bool(after) and cand.head in after
    return comma if referred else -1
