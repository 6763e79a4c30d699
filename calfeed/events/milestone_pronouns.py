"""A pronoun that stands for a rule named the sentence before, as the subject of a milestone verb:
"The water company has announced a hosepipe ban for the county. It is to take effect from
12 August." The clause has no noun of its own and the sentence before names no event people attend
(the ban is its object, not its subject), so nothing else names the day; it is the ban's entry
into effect, titled by the milestone verb's title (milestone_verbs) and the rule's noun phrase."""

from __future__ import annotations

from calfeed.events.naming import lower_first
from calfeed.events.phrases import phrase_text
from calfeed.events.vocabulary import milestone_verbs, phrase_at, title_words, word_list
from calfeed.events.words import Word, words_in
from calfeed.text import Sentences

MODIFIER_REACH = 4    # words between the rule's article and its noun ("a temporary use ban")
MILESTONE_PRONOUN_NOTE = "a pronoun standing for the rule the sentence before names, taking effect then"


def milestone_pronoun(text: str, sentences: Sentences, sentence: tuple[int, int], words: list[Word],
                      at: int) -> tuple[str, str] | None:
    """The title and kind ("Entry into effect of hosepipe ban", "milestone") for the date at ``at``
    when its clause is "It takes effect on <date>" (auxiliaries may stand before the verb) and the
    sentence before, in the same paragraph, names a rule (ruled_nouns); else None."""
    before = [w for w in words if w.is_word and w.end <= at]
    if len(before) < 2 or before[0].lower not in word_list("event_pronouns"):
        return None
    lowered = [w.lower for w in before]
    verb = 1
    while verb < len(lowered) and lowered[verb] in word_list("schedule_auxiliaries"):
        verb += 1
    phrases = tuple(sorted(milestone_verbs(), key=len, reverse=True))
    found = phrase_at(lowered, verb, phrases)
    if found is None or "{}" in milestone_verbs()[found][0]:
        return None      # "It goes on sale": a title of the subject's own words, which a pronoun lacks
    if any(w not in word_list("cue_gap_words") for w in lowered[verb + len(found):]):
        return None      # "It will take effect once the board approves it on ...": another verb's date
    rule = _rule_before(text, sentences, sentence)
    if rule is None:
        return None
    title, kind = milestone_verbs()[found]
    return f"{title} {title_words()['of']} {rule}", kind


def _rule_before(text: str, sentences: Sentences, sentence: tuple[int, int]) -> str | None:
    """The first rule the sentence before (same paragraph) names, with the words between its
    article and it ("temporary use ban"), as written."""
    previous = sentences.previous_in_paragraph(sentence)
    if previous is None:
        return None
    words = words_in(text, *previous)
    nouns = word_list("ruled_nouns")
    head = next((k for k, w in enumerate(words) if w.lower in nouns), None)
    if head is None:
        return None
    first = head
    for k in range(head - 1, max(-1, head - 1 - MODIFIER_REACH), -1):
        if not words[k].is_word or any(c.isdigit() for c in words[k].text):
            break
        if words[k].lower in word_list("articles"):
            first = k
            break
    return lower_first(phrase_text(words, first, head, text))
