"""A title cut from a sentence right before its clock: "Board Reports and Materials are to be
submitted to the Board Office no later than" (the clock "5:00 pm" followed) is a clause, not a
name. The words the clock was the object of are left out (``clock_prepositions.en.txt``), and a
clause that obliges its subject to be handed in ("are to be submitted", "must be lodged")
reads as what is due: "Board Reports and Materials due"."""

from __future__ import annotations

import re

from calfeed.events.phrases import participle
from calfeed.events.quote_marks import ENGLISH, quote_marks
from calfeed.events.vocabulary import ending_phrase, title_words, word_list

_TRIM = ".,;:()[]" + quote_marks(ENGLISH)
_TOKEN = re.compile(r"\S+")


def cut_title(title: str) -> str:
    """``title`` without the words its cut-off clock was the object of; an obliging clause as
    "<subject> due". A title that ends in none of those words is returned as it is."""
    tokens = title.split()
    lowered = [t.strip(_TRIM).lower() for t in tokens]
    cut = clock_object_words(lowered)
    if not cut:
        return title
    tokens, lowered = tokens[:-cut], lowered[:-cut]
    subject = _obliged_subject(lowered)
    if subject is not None:
        return f"{' '.join(tokens[:subject]).rstrip(_TRIM)} {title_words()['due']}"
    return " ".join(tokens).rstrip(" ,;:–—-")


def clock_object_words(lowered: list[str]) -> int:
    """How many of the last ``lowered`` words (lower-case, marks trimmed) a clock right after them
    was the object of ("at", "no later than"); 0 when none, or when they are all the words."""
    dangling = sorted((tuple(p.split()) for p in word_list("clock_prepositions")), key=len, reverse=True)
    return len(ending_phrase(lowered, dangling, leaving=1) or ())


def without_clock_objects(pieces: list[str]) -> list[str]:
    """The pieces a text's clocks were cut from ("Library closes at ", " for Christmas"), each one
    that a clock followed without the words that clock was the object of: "Library closes for
    Christmas", not "Library closes at for Christmas"."""
    out = []
    for k, piece in enumerate(pieces):
        tokens = list(_TOKEN.finditer(piece))
        cut = clock_object_words([t.group().strip(_TRIM).lower() for t in tokens]) if k < len(pieces) - 1 else 0
        out.append(piece[:tokens[-cut].start()] if cut else piece)
    return out


def _obliged_subject(lowered: list[str]) -> int | None:
    """How many words open the clause before its obligation ("must be lodged", "are to be
    sent"), when a subject that is no pronoun stands there; else None."""
    for k in range(1, len(lowered) - 1):
        if lowered[k] not in word_list("obligation_copulas") or not participle(lowered[k + 1]):
            continue
        if lowered[k - 1] in word_list("obligation_modals"):
            end = k - 1
        elif lowered[k - 1] in word_list("infinitive_marks") and k >= 2 and lowered[k - 2] in word_list("passive_obligation_links"):
            end = k - 2
        else:
            continue
        if end >= 1 and not (end == 1 and lowered[0] in word_list("pronouns")):
            return end
        return None
    return None
