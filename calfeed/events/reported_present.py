"""A report of the page's own day told of a vague number: "with plenty more arriving today and
tomorrow" after a count of visitors, "Many boats have crew swaps going on today". The
clause's subject is counted vaguely (vague_quantifiers: "many", "several", "some") and no future
auxiliary tells it ahead (clause_future_auxiliaries: "will", "shall"): the sentence reports what
a crowd or a fleet does on the day of writing, not an occasion a reader could attend, so the
deictic day (report_deictic_days: "today", "tonight") gives no entry. The clause's part after its
last comma before the day is read ("..., with plenty more arriving today"). "Several roads will
close today" tells a closure ahead and keeps its day; "tomorrow" in the present tells a plan
("Several roads close tomorrow") and is not read."""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex

SUBJECT_REACH = 1     # words before the quantifier that may open the clause ("with")
PART_REACH = 80       # characters read back from the day for a comma opening its part of the clause


def reported_present(text: str, clause: tuple[int, int], timex: Timex) -> bool:
    """Whether ``timex``, a deictic day, dates a clause (its part after the last comma before the
    day) whose subject is counted vaguely and which tells nothing ahead with a future auxiliary."""
    if timex.text.strip().lower() not in word_list("report_deictic_days"):
        return False
    comma = text.rfind(",", max(clause[0], timex.start - PART_REACH), timex.start)
    start = clause[0] if comma < 0 else comma + 1
    if timex.start - start > PART_REACH:
        return False      # a subject this far back is no short report's (and a long clause is not read)
    words = [w for w in words_in(text, start, timex.start) if w.is_word]
    links = word_list("absolute_clause_links")
    k = 0
    while k < min(SUBJECT_REACH, len(words)) and words[k].lower in links:
        k += 1
    if k >= len(words) or words[k].lower not in word_list("vague_quantifiers"):
        return False
    return not any(w.lower in word_list("clause_future_auxiliaries") for w in words[k + 1:])
