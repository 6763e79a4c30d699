"""A day on which a place lets people in for nothing: "Admission to all the galleries at the
Quayside Art House will be free on July 4", "Entry to the conservatory is free on Sunday". The
subject names what is opened and the predicate says it costs nothing; no event noun is the entry
("galleries" is what one sees there), so the entry is "Free admission to ..." with the subject's
own words (free_entry_heads, free_entry_predicates).
"""

from __future__ import annotations

from calfeed.events.person_acts import PersonAct, inside
from calfeed.events.phrases import fronted_end
from calfeed.events.vocabulary import phrase_list, title_words, word_list
from calfeed.events.words import Word

MAX_SUBJECT_WORDS = 32      # words of the subject ("Admission to all the galleries at ... and three other displays at ...")
MAX_GAP_WORDS = 3           # words from the predicate to the date ("will be free again on")
MAX_TITLE = 80              # characters of a subject kept whole; a longer one is cut before its last " and "
_JOINER = " and "


def free_entry(words: list[Word], blocked: list[tuple[int, int]], text: str, date: tuple[int, int]) -> PersonAct | None:
    """The free entry the clause announces for the date at ``date``: its subject opens the clause
    with an entry noun, its predicate says it is free, and the date follows the predicate."""
    lowered = [w.lower for w in words]
    first = fronted_end(words)
    while first < len(words) and lowered[first] in word_list("articles"):
        first += 1
    if first >= len(words) or lowered[first] not in word_list("free_entry_heads") or inside(words[first], blocked):
        return None
    for k in range(first + 1, min(len(words), first + MAX_SUBJECT_WORDS)):
        if inside(words[k], blocked) or words[k].start >= date[0]:
            return None
        predicate = next((p for p in phrase_list("free_entry_predicates") if tuple(lowered[k:k + len(p)]) == p), None)
        if predicate is None:
            continue
        after = [w for w in words[k + len(predicate):] if w.end <= date[0]]
        if len(after) > MAX_GAP_WORDS or any(not w.is_word for w in after):
            return None
        subject = " ".join(text[words[first].start:words[k - 1].end].split()).rstrip(",;")
        if len(subject) > MAX_TITLE and _JOINER in subject[:MAX_TITLE]:
            subject = subject[:subject.rindex(_JOINER, 0, MAX_TITLE)]     # the first of several places let in free
        title = f"{title_words()['free']} {subject[:1].lower() + subject[1:]}"
        return PersonAct(title, k, k + 1, k)
    return None
