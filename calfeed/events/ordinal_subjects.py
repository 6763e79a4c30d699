"""A clause whose subject is a bare ordinal ("The second is scheduled for 29 November") names one
more of the event the sentence before names ("The first session will be on 25 November"): its
entry is "Second session", not a noun from elsewhere in its own clause ("with a presentation at
7pm"), which is only part of it. The ordinals are data (subject_ordinals); the event comes from
naming.sentence_event (the sentence before's subject, something people attend)."""

from __future__ import annotations

from calfeed.events.phrases import clause_subject
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word

ORDINAL_NOTE = "the clause's subject is an ordinal alone: one more of the event the sentence before names"


def bare_ordinal(words: list[Word], blocked: list[tuple[int, int]]) -> str | None:
    """The ordinal that is the whole subject of the clause (after "the"/"a"), or None; the clause must
    open with it ("The second is ...", not "On Monday the second ...")."""
    found = clause_subject(words, blocked)
    if found is None or found[0] != found[1]:
        return None
    word = words[found[0]]
    if word.lower not in word_list("subject_ordinals"):
        return None
    if any(w.lower not in word_list("articles") for w in words[:found[0]]):
        return None
    nxt = words[found[0] + 1] if found[0] + 1 < len(words) else None
    if nxt is None or not nxt.is_word:
        return None        # "The second, on ...": a list, not a subject before its verb
    return word.text


def borrowed_title(ordinal: str, referent_title: str) -> str:
    """"Second" with "First session" -> "Second session"; with "Information session" -> "Second
    information session": the ordinal takes the place of the one before, or leads the noun."""
    parts = referent_title.split(" ", 1)
    if parts[0].lower() in word_list("subject_ordinals") and len(parts) == 2:
        rest = parts[1]
    else:
        rest = referent_title[:1].lower() + referent_title[1:]
    return f"{ordinal[:1].upper()}{ordinal[1:].lower()} {rest}"
