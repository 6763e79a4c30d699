"""Items that stand for one member each of a counted plural event named just before them.

"Two workshops are open to every member:" / "one on Tuesday at 10–11 am GMT and" / "one on
Wednesday at 4–5 pm GMT": the items name no event of their own; "one" stands for one of the
workshops. So a day whose item opens with such a word (member_pronouns) and at most a preposition
before the day is an entry named by the plural event noun of the sentence before (or of its own
sentence, before the item), made singular ("Workshop"); the noun must be counted (a number word
or count word before it), as an item list's lead-in counts what it lists.
"""

from __future__ import annotations

from calfeed.events.phrases import noun_phrases, singular_name
from calfeed.events.vocabulary import phrase_at, phrase_list, word_list
from calfeed.events.words import Word, words_in

_ITEM_BREAKS = (",", ";", ":", "–", "—")


def member_title(text: str, day: tuple[int, int], sentence: tuple[int, int],
                 previous: tuple[int, int] | None) -> str | None:
    """The singular name of the counted plural event the item holding ``day`` is one of, or None."""
    line = max(sentence[0], text.rfind("\n", 0, day[0]) + 1)
    before = words_in(text, line, day[0])
    opening = _item_start(before)
    lowered = [w.lower for w in before[opening:]]
    pronoun = phrase_at(lowered, 0, phrase_list("member_pronouns"))
    if pronoun is None:
        return None
    rest = lowered[len(pronoun):]
    if len(rest) > 1 or (rest and rest[0] not in word_list("clock_prepositions")):
        return None          # "one of the rooms on Thursday": more than the day's preposition
    for scope in ((sentence[0], before[opening].start if before else day[0]), previous):
        if scope is None or scope[1] <= scope[0]:
            continue
        named = _counted_plural(text, words_in(text, *scope))
        if named is not None:
            return named
    return None


def _item_start(words: list[Word]) -> int:
    """The index where the item holding the day starts among the words before it on its line."""
    start = 0
    for k, word in enumerate(words):
        if word.text in _ITEM_BREAKS or word.lower in word_list("date_list_joiners"):
            start = k + 1
    return start


def _counted_plural(text: str, words: list[Word]) -> str | None:
    """The last plural event noun phrase of ``words`` with a count word right before it, made
    singular: "two plenary sessions" -> "Plenary session"."""
    counts = word_list("count_words")
    for phrase in reversed(noun_phrases(words, [], text)):
        if not phrase.plural or phrase.kind in ("deadline", "milestone"):
            continue
        first = phrase.first
        if words[first].lower in counts:
            first += 1           # "two plenary sessions": the phrase holds its count
        elif first == 0 or words[first - 1].lower not in counts:
            continue
        name = singular_name(words, first, phrase.head, text)
        if name is not None:
            return name
    return None
