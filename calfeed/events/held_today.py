"""An occasion of the page's own day that the page has already told as held: "The opening parade
of the festival has been staged by the council." ... "The opening parade today offers a glimpse of
the weekend".

A news report written on the day tells its occasion in the present perfect or the past ("has been
staged", "was held") and then may name it again by "today" in the present, as commentary. The
"today" is the same occasion, already over when the page was written, so it gives no entry. The
telling must be about the same occasion (its name's words, articles aside, then an auxiliary of the
past or perfect and a participle of holding within a few words), in a sentence dated by nothing but
the day of writing and its parts, and the "today" sentence must tell nothing ahead ("will").
"""

from __future__ import annotations

from collections.abc import Callable

from calfeed.events.phrases import NounPhrase
from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex
from calfeed.text import Sentences

HELD_REACH = 6      # words between the occasion's name and its auxiliary ("of the festival has been staged")


def held_before_today(text: str, sentences: Sentences, sentence: tuple[int, int],
                      words: list[Word], phrase: NounPhrase, timex: Timex,
                      dates_in: Callable[[tuple[int, int]], list[Timex]]) -> bool:
    """Whether ``timex`` (the day of writing, ``report_deictic_days``) dates ``phrase`` in a clause
    with no future auxiliary before the day or right after it, and another sentence dated by no other day (``same_day_parts`` only)
    tells the phrase's name as held (``held_auxiliaries`` then ``held_participles``)."""
    if timex.text.strip().lower() not in word_list("report_deictic_days"):
        return False
    future = word_list("clause_future_auxiliaries")
    after = [w for w in words if w.start >= timex.end][:1]
    if any(w.lower in future for w in words if w.end <= timex.start) or any(w.lower in future for w in after):
        return False      # "The opening parade will be held today", "... today will start at 7pm"
    name = [w.lower for w in words[phrase.first:phrase.head + 1]
            if w.is_word and w.lower not in word_list("articles")]
    if not name:
        return False
    return any(_tells_held(text, other, name) for other in sentences.bounds
               if other != sentence and _dated_only_today(dates_in(other)))


def _dated_only_today(dates: list[Timex]) -> bool:
    parts = word_list("same_day_parts")
    return all(" ".join(t.text.lower().split()) in parts for t in dates)


def _tells_held(text: str, sentence: tuple[int, int], name: list[str]) -> bool:
    """Whether ``sentence`` holds ``name`` and, within HELD_REACH words after it, an auxiliary of
    ``held_auxiliaries`` followed by a participle of ``held_participles``."""
    lowered = [w.lower for w in words_in(text, *sentence) if w.is_word]
    auxiliaries, participles = phrase_list("held_auxiliaries"), word_list("held_participles")
    size = len(name)
    for k in range(len(lowered) - size + 1):
        if lowered[k:k + size] != name:
            continue
        after = k + size
        for j in range(after, min(len(lowered), after + HELD_REACH)):
            for aux in auxiliaries:
                end = j + len(aux)
                if tuple(lowered[j:end]) == aux and end < len(lowered) and lowered[end] in participles:
                    return True
    return False
