"""What will be done at an occasion names the entry the occasion's day gives.

"Prize winners will be named at the gallery launch on Thursday 15 July": the sentence dates the
naming of the winners, and the gallery launch is where it is done. Named by the occasion alone
("Gallery launch") the entry reads as the launch itself, which the page may tell again in its own
words on the same day and clock; named by the act and its occasion ("Prize winners named at the
gallery launch") each entry says what it is. The shape: a subject that names something, a
future passive (future_passive_leads) and its participle of an act that is the point of a
gathering (occasion_act_participles: named, announced, presented, unveiled ...; not "served" or
"discussed", details of the occasion), a preposition of occasion (occasion_act_prepositions) and
the event noun phrase the date belongs to.
"""

from __future__ import annotations

from calfeed.events.announced_acts import passive_participle
from calfeed.events.phrases import NounPhrase, phrase_text
from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.events.words import Word

MAX_SUBJECT_WORDS = 5      # "Winners", "The new club captain": a short subject, no clause


def act_at_occasion(words: list[Word], phrase: NounPhrase, blocked: list[tuple[int, int]], text: str) -> str | None:
    """"<Subject> <participle> <preposition> [<article>]" when a future passive's act is done at the
    event noun phrase ``phrase`` (see the module note), else None: the caller puts the occasion's
    name after it, as it names the phrase alone."""
    k = phrase.first - 1
    while k >= 0 and words[k].lower in word_list("articles"):
        k -= 1
    if k < 2 or words[k].lower not in word_list("occasion_act_prepositions"):
        return None
    preposition, participle = k, k - 1
    if not passive_participle(words[participle]) or words[participle].lower not in word_list("occasion_act_participles"):
        return None           # "Coffee will be served at the meeting": a detail of the meeting, which names it
    lowered = [w.lower for w in words[:participle]]
    lead = next((p for p in phrase_list("future_passive_leads") if tuple(lowered[-len(p):]) == p), None)
    if lead is None:
        return None
    subject_end = participle - len(lead) - 1
    first = 0
    while first <= subject_end and not words[first].is_word:
        first += 1            # bullets, marks
    if first > subject_end or subject_end - first + 1 > MAX_SUBJECT_WORDS:
        return None
    subject = words[first:subject_end + 1]
    if (not all(w.is_word for w in subject) or subject[0].lower in word_list("pronouns")
            or any(s <= w.start < e for w in subject for s, e in blocked)):
        return None           # "It will be announced at ...": no one's act to name
    if subject[0].lower in word_list("articles"):
        first += 1
    if first > subject_end:
        return None
    named = phrase_text(words, first, subject_end, text)
    article = text[words[preposition + 1].start:words[phrase.first].start].strip()
    return " ".join(part for part in (named[:1].upper() + named[1:], words[participle].text,
                                      words[preposition].lower, article) if part)
