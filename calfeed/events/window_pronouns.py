"""A pronoun that stands for something open for answers, named the sentence before, closing on
a day: "This consultation seeks views on planning measures. It ends on 1 May." The clause has
no noun of its own, and the sentence before names no event people attend (sentence_event skips
windows on purpose: a session that "will close on 8 December" just ends), so nothing else names
the day; it is the window's deadline, titled by the window and its close."""

from __future__ import annotations

from calfeed.events.phrases import phrase_text
from calfeed.events.vocabulary import phrase_list, title_words, word_list
from calfeed.events.words import Word, words_in
from calfeed.text import Sentences

SUBJECT_REACH = 5    # words from the sentence's start to its window's noun ("The housing white paper consultation")
WINDOW_PRONOUN_NOTE = "a pronoun standing for what the sentence before opens for answers, closing then: its deadline"


def window_pronoun(text: str, sentences: Sentences, sentence: tuple[int, int], words: list[Word],
                   at: int) -> str | None:
    """The title ("Consultation closes") for the date at ``at`` when its clause is "It (will)
    ends/closes on <date>" and the sentence before, in the same paragraph, has a window for its
    subject; else None."""
    before = [w for w in words if w.is_word and w.end <= at]
    if len(before) < 2 or before[0].lower not in word_list("event_pronouns"):
        return None
    verbs = [k for k, w in enumerate(before) if w.lower in word_list("window_close_verbs")]
    if not verbs:
        return None
    verb = verbs[0]
    if any(w.lower not in word_list("schedule_auxiliaries") for w in before[1:verb]):
        return None        # "It asks whether the hall should close on ...": another subject's verb
    if any(w.lower not in word_list("cue_gap_words") for w in before[verb + 1:]):
        return None
    window = _window_subject(text, sentences, sentence)
    if window is None:
        return None
    return f"{window} {title_words()['closes']}"


def _window_subject(text: str, sentences: Sentences, sentence: tuple[int, int]) -> str | None:
    """The window the sentence before (same paragraph) opens with, as its subject ("This
    consultation seeks views on ..."), as written without its article."""
    previous = sentences.previous_in_paragraph(sentence)
    if previous is None:
        return None
    words = [w for w in words_in(text, *previous) if w.is_word]
    first = 0
    while first < len(words) and words[first].lower in word_list("articles"):
        first += 1
    lowered = tuple(w.lower for w in words)
    for start in range(first, min(len(words), first + SUBJECT_REACH)):
        window = next((w for w in phrase_list("window_nouns") if lowered[start:start + len(w)] == w), None)
        if window is not None:     # the longest first: "call for papers", not "call"
            name = phrase_text(words, first, start + len(window) - 1, text)
            return name[:1].upper() + name[1:]
    return None
