"""A place given once for a whole kind of event: "All seminars take place in the Wolfson
Room, Main Building, unless stated otherwise." No date stands in that sentence, so it frames
no event; it is where the document's seminars happen when their own lines name no place.
"""

from __future__ import annotations

from dataclasses import dataclass

from calfeed.events.phrases import noun_phrases
from calfeed.events.places import Place, places_in
from calfeed.events.vocabulary import find_phrase, phrase_list
from calfeed.events.words import words_in
from calfeed.text import Sentences


@dataclass(frozen=True)
class StandingPlace:
    place: Place
    kind: str          # the kind of the event noun the sentence places ("seminars": workshop)
    sentence: str


def standing_place(text: str, sentences: Sentences, dated: set[int]) -> StandingPlace | None:
    """The first sentence without a date that puts a plural event noun in a place with one of
    ``standing_verbs``; ``dated`` holds the indexes of sentences with a date."""
    verbs = phrase_list("standing_verbs")
    for index, (start, end) in enumerate(sentences.bounds):
        if index in dated:
            continue
        words = [w for w in words_in(text, start, end)]
        lowered = tuple(w.lower for w in words)
        if find_phrase(lowered, verbs) is None:
            continue
        phrases = [p for p in noun_phrases(words, [], text) if p.plural]
        places = places_in(words, text, [])
        if phrases and places:
            return StandingPlace(places[0], phrases[0].kind, " ".join(text[start:end].split()))
    return None
