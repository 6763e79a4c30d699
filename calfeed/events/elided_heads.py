"""A gapped clause whose subject leaves out its noun: "the first block runs from 14 July to 29 August and
the second from 1 September to 18 December", "the council elections will be held on 14 June and those of
the harbour wardens on 19 July".

gapped_subjects reads "and <subject> <link> <date>" as a clause that takes the verb and the kind of
the clause before; when the subject is only an ordinal ("the second") or a demonstrative standing for
the earlier noun ("those of the harbour wardens"), its own words name nothing, so the entry takes the
noun of the clause before: "Second block of the sailing course" (the ordinal in place of the first one,
ordinal_subjects.borrowed_title), "Elections of the harbour wardens" (the earlier title's head noun
before the "of" phrase). The demonstratives are data (elided_head_pronouns), as are the ordinals
(subject_ordinals)."""

from __future__ import annotations

import re

from calfeed.events.ordinal_subjects import borrowed_title
from calfeed.events.vocabulary import merged_lists, word_list

OF_WORDS = 8             # words after "those of": "the wardens and deputy wardens of the harbours"
SUBJECT_WORDS = 9        # words of the earlier clause's subject from its ordinal: "first block of the sailing course"
CLAUSE_REACH = 160       # characters before the first date read for its clause
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*\Z")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLAUSE_MARKS = re.compile(r"[.;:,!?\n()]")


def elided_title(subject: list[str], first_title: str, text: str, first_start: int) -> str | None:
    """The title of a gapped clause whose subject (its words between the joiner and the link) leaves
    out its noun, or None when it names one of its own."""
    lowered = [w.lower() for w in subject]
    if len(lowered) >= 3 and lowered[0] in word_list("elided_head_pronouns") and lowered[1] == "of":
        return _of_phrase_title(subject[2:], first_title)
    at = 0
    while at < len(lowered) - 1 and lowered[at] in word_list("articles"):
        at += 1
    if at == 0 or at != len(lowered) - 1 or lowered[at] not in word_list("subject_ordinals"):
        return None
    return borrowed_title(subject[at], _ordinal_subject(text, first_start) or first_title)


def _of_phrase_title(rest: list[str], first_title: str) -> str | None:
    """"those of the harbour wardens" after "Council elections": "Elections of the harbour wardens"."""
    stops = merged_lists(("clause_verbs", "pronouns", "gapped_subject_stops", "gapped_subject_links"))
    if not 1 <= len(rest) <= OF_WORDS or any(not _WORD.match(w) or w.lower() in stops for w in rest):
        return None
    words = first_title.split()
    cut = next((k for k, word in enumerate(words) if word.lower() == "of"), len(words))
    if cut == 0:
        return None
    head = words[cut - 1]
    return f"{head[:1].upper()}{head[1:]} of {' '.join(rest)}"


def _ordinal_subject(text: str, first_start: int) -> str | None:
    """The earlier clause's subject from its ordinal to its verb ("first block of the sailing course" of
    "the first block of the sailing course runs from"), or None when the clause has no such subject."""
    before = text[max(0, first_start - CLAUSE_REACH):first_start]
    marks = list(_CLAUSE_MARKS.finditer(before))
    words = _WORDS.findall(before[marks[-1].end():] if marks else before)
    ordinals = word_list("subject_ordinals")
    start = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in ordinals), None)
    if start is None:
        return None
    verbs = word_list("clause_verbs")
    end = next((k for k in range(start + 1, len(words)) if words[k].lower() in verbs), None)
    if end is None or not 2 <= end - start <= SUBJECT_WORDS:
        return None
    return " ".join(words[start:end])
