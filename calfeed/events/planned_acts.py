"""An act a plan dates: "Plans to establish leadership structures between central and local
government are now scheduled for Summer 2026". Policy roadmaps name no event noun, only the
plan and its verb, so the entry is the verb's nominal ("Establishment of leadership
structures ..."), a milestone of the plan.
"""

from __future__ import annotations

from functools import lru_cache

from calfeed.events.phrases import noun_run, phrase_stops
from calfeed.events.vocabulary import table, word_list
from calfeed.events.words import Word

MAX_OBJECT_WORDS = 10     # words of what the plan acts on ("leadership structures between central and local government")


@lru_cache(maxsize=None)
def _planned_verbs() -> dict[str, str]:
    return {row["verb"].lower(): row["noun"] for row in table("planned_verbs")}


def planned_act(words: list[Word], blocked: list[tuple[int, int]], text: str, at: int) -> tuple[str, int] | None:
    """The title of the act a plan noun's infinitive names, and the verb's index, when a
    schedule word ("scheduled", "due", "planned") stands between it and the date at ``at``."""
    lowered = [w.lower for w in words]
    verbs = _planned_verbs()
    for k in range(len(words) - 3):
        if words[k + 2].end > at:
            return None
        if not (lowered[k] in word_list("plan_nouns") and lowered[k + 1] == "to" and lowered[k + 2] in verbs):
            continue
        first = k + 3
        while first < len(words) and lowered[first] in word_list("articles"):
            first += 1
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
        noun = verbs[lowered[k + 2]]
        acted_on = " ".join(text[words[k + 3].start:words[last].end].split())    # with its article
        return f"{noun[:1].upper()}{noun[1:]} of {acted_on}", k + 2
    return None


def intended_act(words: list[Word], blocked: list[tuple[int, int]], text: str, at: int) -> tuple[str, int] | None:
    """The title of the act a body says it means to do on the date at ``at`` ("The Council
    intends to adopt the new Plan in December 2017": "Adoption of the new Plan"), and the
    verb's index: an intention verb, "to", a planned verb and its object right before the
    date (only links such as "in" or "by" between)."""
    lowered = [w.lower for w in words]
    verbs = _planned_verbs()
    for k in range(len(words) - 3):
        if words[k + 2].end > at:
            return None
        if not (lowered[k] in word_list("intention_verbs") and lowered[k + 1] == "to" and lowered[k + 2] in verbs):
            continue
        first = k + 3
        while first < len(words) and lowered[first] in word_list("articles"):
            first += 1
        last, _ = noun_run(words, first, blocked, phrase_stops(), MAX_OBJECT_WORDS)
        if last is None or words[last].end > at:
            return None
        between = [w for w in words[last + 1:] if w.end <= at]
        if not all(w.lower in word_list("future_passive_links") for w in between):
            return None
        noun = verbs[lowered[k + 2]]
        acted_on = " ".join(text[words[k + 3].start:words[last].end].split())    # with its article
        return f"{noun[:1].upper()}{noun[1:]} of {acted_on}", k + 2
    return None
