"""A clause after a semicolon that opens with its dates and names nothing continues the clause before.

"The office will be open Saturday (3) from 9 am to 1 pm; Monday (5) and Tuesday (6) from 8 am to
5 pm": the semicolon parts a list of days and hours that share the first clause's subject and
verb, so a day of the second part is framed with the words of the first. A clause with a verb of its
own ("; 9 May is a normal day") says something else of its day and shares nothing."""

from __future__ import annotations

from collections.abc import Sequence

from calfeed.events.vocabulary import word_list
from calfeed.events.words import clause_of, words_in

SEMICOLON = ";"
SEMICOLON_DAYS_NOTE = "a day listed after a semicolon: it shares the clause before"


def continued_clause(text: str, sentence: tuple[int, int], clause: tuple[int, int],
                     spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], int] | None:
    """``clause`` joined to the clause before its semicolon, and the start of that clause's first
    date, whose frame the days after the semicolon share, when ``clause`` opens with a date (one
    of ``spans``, the sentence's dates) and the clause before holds a date too; else None."""
    start = clause[0]
    while start < clause[1] and text[start].isspace():
        start += 1
    mark = start - 1
    while mark > sentence[0] and text[mark].isspace():
        mark -= 1
    if mark <= sentence[0] or text[mark] != SEMICOLON:
        return None
    if not any(s == start for s, _ in spans):
        return None
    verbs = word_list("semicolon_clause_verbs")
    if any(w.lower in verbs and not any(s <= w.start < e for s, e in spans) for w in words_in(text, start, clause[1])):
        return None        # "; 9 May is a normal day": a clause of its own
    before = clause_of(text, sentence, mark - 1)
    first = min((s for s, e in spans if before[0] <= s and e <= mark), default=None)
    if first is None:
        return None
    return (before[0], clause[1]), first
