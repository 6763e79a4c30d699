"""An edition named by its number alone ("The 10th edition takes place ... during 14 – 17 February")
stands for the event the sentence before names: "Harbour Lights, the coast's best-loved arts
festival, ..." / "The 10th edition takes place ...". An entry titled only by an edition phrase (an
edition noun of edition_nouns after an article and an ordinal, a year or "this year's") takes the
name that opens the sentence before, in the same paragraph, when a comma and a descriptor holding
an event noun follow the name: "Harbour Lights (10th edition)" (R71 class 5: titled "10th edition")."""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.candidates import Candidate
from calfeed.events.phrases import noun_phrases
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.text import Sentences
from calfeed.timex.lexicon import ordinal_ending

MAX_NAME_WORDS = 6        # words of the name opening the sentence before
DESCRIPTOR_REACH = 8      # words after the name's comma within which the descriptor's event noun stands


@lru_cache(maxsize=None)
def _edition_title() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(word_list("edition_nouns"), key=len, reverse=True))
    return re.compile(rf"(?i:(?:this year[’']s|\d{{4}}|\d{{1,3}}{ordinal_ending()})\s+(?:{nouns}))")


# A name of capitalised words, with short lower-case joiners between them ("Feast of Lanterns",
# "Festival of the Dhow Countries"), then a comma.
_NAME = re.compile(r"[ \t]*([A-Z][\w'’.-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w'’.-]*){0,%d}),[ \t]" % (MAX_NAME_WORDS - 1))


def with_edition_owners(text: str, sentences: Sentences, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, each titled only by an edition phrase retitled by the event the sentence
    before names (see the module's doc)."""
    for cand in candidates:
        if not _edition_title().fullmatch(cand.frame.title.strip()):
            continue
        name = _owner(text, sentences, cand.sentence)
        if name is not None:
            cand.frame.title = f"{name} ({cand.frame.title[:1].lower()}{cand.frame.title[1:]})"
    return candidates


def _owner(text: str, sentences: Sentences, sentence: tuple[int, int]) -> str | None:
    """The name opening the sentence before ``sentence`` in its paragraph, described after a comma
    by a phrase holding an event noun; else None."""
    index = sentences.index_at(sentence[0])
    if index == 0:
        return None
    start, end = sentences.bounds[index - 1]
    if "\n" in text[start:sentence[0]].strip(" \t"):
        return None       # another line's or paragraph's sentence
    match = _NAME.match(text, start, end)
    if match is None:
        return None
    words = words_in(text, match.end(), end)[:DESCRIPTOR_REACH]
    if not words or not noun_phrases(words, [], text):
        return None       # "Harbour Lights, which ...": no event named after the comma
    return match.group(1)
