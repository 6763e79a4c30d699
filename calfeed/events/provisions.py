"""Provisions a law dates by pointing to where they are written.

"(a) provisions set out in points (10) and (11) of Article 1 of this Regulation, as regards
..., shall apply from 18 December 2019": the subject is only "provisions"; the reference
after its participle ("points (10) and (11) of Article 1") is what tells the phased dates apart.
"""

from __future__ import annotations

from calfeed.events.vocabulary import phrase_at, phrase_list, word_list
from calfeed.events.words import Word

MAX_LEAD_WORDS = 3      # words of the subject before the participle ("the provisions")


def referenced_provisions(words: list[Word], subject: tuple[int, int], verb: int, text: str) -> str | None:
    """The reference naming the subject's provisions, up to a comma, the law's pointer to
    itself ("of this Regulation") or the verb; None without a participle right after the
    subject's noun or without a number in the reference (no article or point is named)."""
    lowered = [w.lower for w in words]
    participles = phrase_list("provision_participles")
    found = None
    for index in range(subject[0] + 1, min(verb, subject[0] + MAX_LEAD_WORDS + 1)):
        found = phrase_at(lowered, index, participles)
        if found is not None:
            first = index + len(found)
            break
    if found is None:
        return None
    ends = phrase_list("self_references")
    verbal = word_list("milestone_auxiliaries") | word_list("modal_words")
    last = first - 1
    k = first
    while (k < verb and words[k].text != "," and lowered[k] not in verbal
           and phrase_at(lowered, k, ends) is None):
        last = k
        k += 1
    while last >= first and not words[last].is_word and words[last].text != ")":
        last -= 1
    if last < first or not any(w.text[:1].isdigit() for w in words[first:last + 1]):
        return None
    return " ".join(text[words[first].start:words[last].end].split())
