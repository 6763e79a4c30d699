"""Two days of one clause each told with its own qualifier in the same preposition ("The academy
will announce its decision in physics on 3 May and in chemistry on 4 May", "lessons for adults on
3 May and for children on 10 May").

The verb and its object serve both days, so the second day has no words of its own that a gapped
subject reader takes, and the first day's title leaves its qualifier out: both entries read alike.
The qualifier is what tells them apart, so each title keeps its own. The shape is strict: the
first day's qualifier stands right before its date link ("on"), the second's right after a joiner
(gapped_subject_joiners) that follows the first day, both opened by the same preposition of
parallel_qualifier_preps, each one to QUALIFIER_WORDS lower-case words with no verb or stop."""

from __future__ import annotations

import re

from calfeed.events.vocabulary import merged_lists, phrase_at, phrase_list, word_list
from calfeed.model import Timex

QUALIFIER_WORDS = 3       # words after the preposition ("physiology or medicine" is three)
REACH = 60                # characters before the first day read for its qualifier
_WORD = re.compile(r"[a-z][a-z'’-]*\Z")


def _qualifier(tokens: list[str]) -> str | None:
    """The qualifier (preposition and words) that ``tokens`` are, ending before the date link."""
    if len(tokens) < 3 or tokens[-1].lower() not in word_list("gapped_subject_links"):
        return None
    body = tokens[:-1]
    if body[0].lower() not in word_list("parallel_qualifier_preps") or not 1 <= len(body) - 1 <= QUALIFIER_WORDS:
        return None
    stops = merged_lists(("clause_verbs", "pronouns", "gapped_subject_stops", "articles"))
    if any(not _WORD.match(w) or w in stops for w in body[1:]):
        return None
    return " ".join(body)


def parallel_qualifiers(text: str, first: Timex, second: Timex) -> tuple[str, str] | None:
    """The qualifiers of ``first`` and ``second`` ("in physics", "in chemistry") when the second
    day follows the first as "<day> and in chemistry on <day>" and the first is written as "in
    physics on <day>"; else None."""
    gap = text[first.end:second.start]
    if "\n" in gap or len(gap) > REACH:
        return None
    tokens = gap.replace(",", " , ").split()
    lowered = [t.lower() for t in tokens]
    joiner = phrase_at(lowered, 0, phrase_list("gapped_subject_joiners"))     # the longest: the list's first
    if joiner is None:
        return None
    second_q = _qualifier(tokens[len(joiner):])
    if second_q is None:
        return None
    head = text[max(0, first.start - REACH):first.start]
    if "\n" in head:
        head = head[head.rindex("\n") + 1:]
    before = head.replace(",", " , ").split()
    prep = second_q.split()[0].lower()
    for size in range(3, QUALIFIER_WORDS + 3):
        if len(before) >= size and before[-size].lower() == prep:
            first_q = _qualifier(before[-size:])
            return (first_q, second_q) if first_q is not None else None
    return None
