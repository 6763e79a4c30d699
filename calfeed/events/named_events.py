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

from calfeed.events.phrases import month_words, phrase_stops, phrase_text
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
        end = _title_run(words, j, word_list("title_case_joiners"), years=True)
        if end == j or not _a_name(words, j, end):
            continue
        name = phrase_text(words, j, end - 1, text)
        if lookup(name) is not None:
            continue             # "hosting Boston": a place, not an event
        found.append((words[j].start, name))
    return sorted(found)


def _title_run(words: list[Word], first: int, joiners: frozenset[str], years: bool = False) -> int:
    """The end (exclusive) of the capitalised run from ``first``: small joining words count
    only before a capitalised word ("Jazz on the Green"); with ``years`` a year after a word
    does too ("Soberfest 2023")."""
    end = k = first
    while k < len(words) and k - first < MAX_NAME_WORDS and words[k].is_word:
        word = words[k]
        if word.is_capitalised or (years and word.is_number and len(word.text) == 4 and k > first):
            end = k = k + 1
        elif word.lower in joiners and k > first:
            k += 1
        else:
            break
    return end


def _a_name(words: list[Word], first: int, end: int) -> bool:
    """The run is an event's own name: no lower-case noun goes on after it ("a Christmas
    party"), no weekday or month word is in it ("Friday quiz nights"), it is more than a
    holiday's word, and no person's title or role opens it ("Author Jane Smith")."""
    after = words[end] if end < len(words) else None
    if after is not None and after.is_word and not after.is_capitalised and not after.is_number and (
            after.lower not in phrase_stops() | word_list("articles") | word_list("title_case_joiners")):
        return False
    dated = month_words() | weekday_words()
    if any(w.lower in dated for w in words[first:end]) or all(
            w.lower in word_list("hosted_name_stops") for w in words[first:end]):
        return False
    persons = {p.rstrip(".") for p in word_list("speaker_titles") | word_list("person_roles")
               | word_list("hosted_person_words")}
    return not (end - first > 1 and words[first].lower.rstrip(".") in persons)


def _occasion_names(words: list[Word], text: str, blocked) -> list[tuple[int, str]]:
    """Capitalised runs of two or more words that end in an occasion's head ("Quiz Night")."""
    heads, joiners = word_list("occasion_heads"), word_list("occasion_joiners")
    leads = word_list("occasion_lead_verbs") | word_list("articles")
    dated = month_words() | weekday_words()
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(words):
        if not (words[i].is_word and words[i].is_capitalised):
            i += 1
            continue
        end = _title_run(words, i, joiners)
        first = i
        while first < end and words[first].lower in leads:
            first += 1       # "Come to Family Fun Day", "The Quiz Night": the name starts after them
        while first < end and words[first].lower in joiners:
            first += 1
        run = words[first:end]
        if (len(run) >= 2 and run[-1].lower in heads
                and not any(w.lower in dated for w in run)
                and not any(s < run[-1].end and run[0].start < e for s, e in blocked)):
            found.append((run[0].start, phrase_text(words, first, end - 1, text)))
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
