"""A service a body says it will start on a day: "Pine Ridge will start running the chairlifts
Wednesday", "the ferry line will begin taking bookings on 3 May". Such a sentence names no event
noun, only the body, a verb of starting (begin_verbs) and a gerund of a service
(started_service_gerunds) with its object; the day is when the service starts, so the entry is
titled by them ("Pine Ridge starts running the chairlifts"). Only a start still to come counts:
an auxiliary of the future (clause_future_auxiliaries) stands before the verb, and nothing but
link words (future_passive_links) between the object and the date.
"""

from __future__ import annotations

from calfeed.events.phrases import noun_run, phrase_stops, phrase_text
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word

MAX_OBJECT_WORDS = 6      # "the chairlifts", "its two new gondolas"
THIRD_PERSON = "starts"   # the title's verb: the body starts the service


def begun_act(words: list[Word], blocked: list[tuple[int, int]], text: str, at: int,
              subject: tuple[int, int] | None) -> tuple[str, int] | None:
    """The title of the service the clause's subject will start on the date at ``at``, and the
    gerund's index; None when the clause says no such thing."""
    lowered = [w.lower for w in words]
    for k in range(1, len(words) - 2):
        if words[k + 1].end > at:
            return None
        if not (lowered[k] in word_list("begin_verbs") and lowered[k - 1] in word_list("clause_future_auxiliaries")
                and lowered[k + 1] in word_list("started_service_gerunds")):
            continue
        first = k + 2
        last, _ = noun_run(words, first, blocked, phrase_stops(), MAX_OBJECT_WORDS)
        if last is None or words[last].end > at:
            return None
        if not all(w.lower in word_list("future_passive_links") for w in words[last + 1:] if w.end <= at):
            return None
        acted = " ".join(text[words[k + 1].start:words[last].end].split())
        if subject is None or subject[1] >= k - 1:
            return f"Start of {acted}", k + 1
        return f"{phrase_text(words, *subject, text)} {THIRD_PERSON} {acted}", k + 1
    return None
