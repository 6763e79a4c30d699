"""An event noun that only modifies the clause subject's head ("The 2027 Island Football
Championship preliminary game Tarnia-Vellmark will take place ...", "The Harbour Festival
closing parade will start ..."): the subject names one occasion of the championship or the
festival, and its title runs on to the head and the name after it ("Island Football
Championship preliminary game Tarnia-Vellmark"), not stopping at the event noun.

Only a phrase that opens its clause (nothing before it but articles and dates) and is followed
at once by a bare run of lower-case words (no article, no link, no mark; no gerund but a cue's
"opening", "closing": "a webinar presenting the roadmap" is a clause) that runs to the clause's verb
(verb_auxiliaries: "will", "must"; schedule_copulas: "is", "are") within MAX_HEAD_WORDS counts.
"""

from __future__ import annotations


from calfeed.events.phrases import NounPhrase, noun_run, phrase_stops, single_cues
from calfeed.events.vocabulary import ending_tuple, word_list
from calfeed.events.words import Word, starts_inside

MAX_HEAD_WORDS = 4      # "preliminary game Tarnia-Vellmark", "opening night gala"


def compound_head_end(words: list[Word], phrase: NounPhrase, blocked: list[tuple[int, int]]) -> int | None:
    """The index of the last word of the head ``phrase`` modifies, else None."""
    after = phrase.last + 1
    if after >= len(words) or not words[after].is_word or not words[after].text[:1].islower():
        return None
    if words[after].lower in word_list("articles") | word_list("phrase_links") or starts_inside(words[after], blocked):
        return None
    if any(w.is_word and w.lower not in word_list("articles") and not starts_inside(w, blocked)
           for w in words[:phrase.first]):
        return None     # not the clause's opening phrase
    if words[after].lower.endswith(ending_tuple("gerund_endings")) and words[after].lower not in single_cues():
        return None     # "A public webinar presenting the roadmap will ...": a clause about the webinar
    last, stopped = noun_run(words, after, blocked, phrase_stops(), MAX_HEAD_WORDS + 1)
    if last is None or stopped >= len(words) or stopped - after > MAX_HEAD_WORDS:
        return None
    inside = word_list("articles") | word_list("phrase_links")
    if any(w.lower in inside for w in words[after:last + 1]):
        return None     # a bare compound head only ("closing parade"), no phrase of its own
    verbs = word_list("verb_auxiliaries") | word_list("schedule_copulas")
    return last if words[stopped].lower in verbs else None
