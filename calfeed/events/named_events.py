"""Names a bare generic event noun stands for, from the same or the sentences before.

"The Rotary Club is hosting Pumpkinfest 2027 ... The event will be held on Saturday": the event
is Pumpkinfest 2027, a name no event noun heads, so the phrase index (naming.named_phrases)
never holds it; "will celebrate its 50th anniversary with a celebration at the park": the
celebration is the 50th anniversary celebration; in "Poetry Night will be held online ... join
the event at 7:30 p.m." the event is the capitalised name that is an occasion of its own. A
title of one generic noun ("Event", "Celebration") names nothing a reader can tell apart, so
such a name, when the text gives one, is preferred.
"""

from __future__ import annotations

from calfeed.events.phrases import month_words
from calfeed.events.places import lookup
from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import Word

MAX_NAME_WORDS = 6        # words of a hosted event's name ("Soberfest 2023", "Jazz on the Green")
MAX_OCCASION_WORDS = 4    # words of the occasion marked ("its 90th anniversary")
HOSTED_REACH = 400        # characters back from the bare noun in which a hosted name still counts


def hosted_names(words: list[Word], text: str, blocked: list[tuple[int, int]] = ()) -> list[tuple[int, str]]:
    """(start, name) of each capitalised name a hosting verb in ``words`` takes as its object,
    and of each capitalised name that is an occasion of its own ("Author Night", "Family Fun
    Day"; occasion_heads) outside the dates in ``blocked``."""
    found = _occasion_names(words, text, blocked)
    verbs = word_list("hosting_verbs")
    for i, word in enumerate(words):
        if word.lower not in verbs:
            continue
        j = i + 1
        if j < len(words) and words[j].lower in word_list("articles"):
            j += 1
        end = j
        while end < len(words) and end - j < MAX_NAME_WORDS and words[end].is_word and (
                words[end].is_capitalised or (words[end].is_number and len(words[end].text) == 4 and end > j)):
            end += 1
        if end == j or not words[j].is_capitalised:
            continue
        name = " ".join(text[words[j].start:words[end - 1].end].split())
        if lookup(name) is not None:
            continue             # "hosting Boston": a place, not an event
        found.append((words[j].start, name))
    return sorted(found)


def _occasion_names(words: list[Word], text: str, blocked) -> list[tuple[int, str]]:
    """Capitalised runs of two or more words that end in an occasion's head ("Quiz Night")."""
    heads, joiners = word_list("occasion_heads"), word_list("occasion_joiners")
    dated = month_words() | weekday_words()
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(words):
        if not (words[i].is_word and words[i].is_capitalised):
            i += 1
            continue
        end = i
        while end < len(words) and words[end].is_word and (words[end].is_capitalised or (
                words[end].lower in joiners and end + 1 < len(words) and words[end + 1].is_capitalised)):
            end += 1
        run = words[i:end]
        if (len(run) >= 2 and len(run) <= MAX_NAME_WORDS and run[-1].lower in heads
                and not any(w.lower in dated for w in run)
                and not any(s < run[-1].end and run[0].start < e for s, e in blocked)):
            found.append((run[0].start, " ".join(text[run[0].start:run[-1].end].split())))
        i = max(end, i + 1)
    return found


def marked_occasion(words: list[Word], head: int, text: str) -> str | None:
    """The occasion a marking verb earlier in the clause names, for the bare noun at ``head``:
    "celebrate their 90th anniversary with a celebration" -> "90th anniversary"."""
    verbs = word_list("marking_verbs")
    verb = next((k for k in range(head - 1, -1, -1) if words[k].lower in verbs), None)
    if verb is None:
        return None
    first = verb + 1
    while first < head and (words[first].lower in word_list("possessives") or words[first].lower in word_list("articles")):
        first += 1
    last = first
    while last < head and words[last].is_word and words[last].lower not in _joins():
        last += 1
    if last == first or last - first > MAX_OCCASION_WORDS or last >= head:
        return None
    if any(w.is_word and w.lower not in _joins() and w.lower not in word_list("articles")
           for w in words[last:head]):
        return None              # only "with a" may stand between the occasion and the noun
    return " ".join(text[words[first].start:words[last - 1].end].split())


def _joins() -> frozenset[str]:
    return word_list("marking_links")
