"""An act a plan dates: "Plans to establish leadership structures between central and local
government are now scheduled for Summer 2026". Policy roadmaps name no event noun, only the
plan and its verb, so the entry is the verb's nominal ("Establishment of leadership
structures ..."), a milestone of the plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from calfeed.events.phrases import noun_run, phrase_stops
from calfeed.events.vocabulary import table, word_list
from calfeed.events.words import Word

MAX_OBJECT_WORDS = 10     # words of what the plan acts on ("leadership structures between central and local government")


@lru_cache(maxsize=None)
def _planned_verbs() -> dict[str, str]:
    return {row["verb"].lower(): row["noun"] for row in table("planned_verbs")}


def _acts(words: list[Word], lowered: list[str], at: int, heads: str) -> Iterator[tuple[int, int]]:
    """Each "<head> to <planned verb>" before the date at ``at`` (a word of the list ``heads``,
    an infinitive mark, a verb of planned_verbs): the head's index and the first word of the
    verb's object, past its articles."""
    verbs = _planned_verbs()
    for k in range(len(words) - 3):
        if words[k + 2].end > at:
            return
        if not (lowered[k] in word_list(heads) and lowered[k + 1] in word_list("infinitive_marks")
                and lowered[k + 2] in verbs):
            continue
        first = k + 3
        while first < len(words) and lowered[first] in word_list("articles"):
            first += 1
        yield k, first


def _act_title(words: list[Word], lowered: list[str], text: str, k: int, last: int) -> tuple[str, int]:
    """The verb's nominal and its object ("Adoption of the new Plan"), and the verb's index."""
    noun = _planned_verbs()[lowered[k + 2]]
    acted_on = " ".join(text[words[k + 3].start:words[last].end].split())    # with its article
    return f"{noun[:1].upper()}{noun[1:]} of {acted_on}", k + 2


def planned_act(words: list[Word], blocked: list[tuple[int, int]], text: str, at: int) -> tuple[str, int] | None:
    """The title of the act a plan noun's infinitive names, and the verb's index, when a
    schedule word ("scheduled", "due", "planned") stands between it and the date at ``at``."""
    lowered = [w.lower for w in words]
    for k, first in _acts(words, lowered, at, "plan_nouns"):
        last, stopped = noun_run(words, first, blocked, phrase_stops(), MAX_OBJECT_WORDS)
        if last is None:
            return None
        while (stopped == last + 1 and stopped + 1 < len(words) and lowered[stopped] in word_list("name_joiners")
               and words[stopped + 1].is_word and not words[stopped + 1].is_capitalised):
            more, after = noun_run(words, stopped + 1, blocked, phrase_stops(), MAX_OBJECT_WORDS)
            if more is None:
                break      # "between central and local government": the phrase goes on past "and"
            last, stopped = more, after
        between = [w.lower for w in words[last + 1:] if w.end <= at]
        if not any(w in word_list("plan_schedule_words") for w in between):
            return None
        return _act_title(words, lowered, text, k, last)
    return None


def intended_act(words: list[Word], blocked: list[tuple[int, int]], text: str, at: int) -> tuple[str, int] | None:
    """The title of the act a body says it means to do on the date at ``at`` ("The Council
    intends to adopt the new Plan in December 2017": "Adoption of the new Plan"), and the
    verb's index: an intention verb, "to", a planned verb and its object right before the
    date (only links such as "in" or "by" between)."""
    lowered = [w.lower for w in words]
    for k, first in _acts(words, lowered, at, "intention_verbs"):
        last, _ = noun_run(words, first, blocked, phrase_stops(), MAX_OBJECT_WORDS)
        if last is None or words[last].end > at:
            return None
        between = [w for w in words[last + 1:] if w.end <= at]
        if not all(w.lower in word_list("future_passive_links") for w in between):
            return None
        return _act_title(words, lowered, text, k, last)
    return None
