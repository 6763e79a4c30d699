"""A stretch whose first day and length are told in different sentences: "On 1 May the book fair
opened in the town hall." ... "The fair will run for 12 days." The tagger reads the day and the
length apart; read alone, the day is a one-day entry and the length says nothing.

When a sentence opens with a short subject (told_end_subject_openers: "The ...", "It"), then only
auxiliaries (continued_length_auxiliaries) and a verb of continued_length_verbs ("will run for",
"lasts for") right before a length of days, and writes no date of its own, the length ends the
latest day told in one of the few sentences before it (NAMED_AGAIN_SENTENCES of told_ends, across
the blank lines between paragraphs of prose) whose sentence names the subject's head noun and says
it opens (told_start_words, told_opening_words, told_length_start_words) and writes that one day
alone; the first day counted, as lasting_spans does. A pronoun subject ("It will run for 12 days")
reaches only the sentences of its own paragraph (MAX_SENTENCES).
"""

from __future__ import annotations

import re

from datetime import timedelta

from calfeed.events.lasting_spans import MAX_SPAN, ended_after
from calfeed.events.told_ends import MAX_SENTENCES, MAX_SUBJECT_WORDS, NAMED_AGAIN_SENTENCES, reach_back
from calfeed.events.vocabulary import ending_phrase, phrase_list, word_list
from calfeed.model import Timex
from calfeed.text import Sentences

_WORD = re.compile(r"[A-Za-z’']+")
_LENGTH = re.compile(r"P(\d{1,3})([DW])\Z")
_BREAKS = re.compile(r"[,;:()\n]")
MAX_LEAD_CHARS = 80         # characters from the sentence's start to its length: "The celebratory fair will run for "


def lengths_told_later(text: str, ordered: list[Timex], sentences: Sentences) -> list[Timex]:
    """``ordered`` with each day a later sentence's length carries on made a range over its days."""
    joined: dict[int, Timex] = {}
    for k, length in enumerate(ordered):
        if length.type != "DURATION" or length.approximate or length.mod:
            continue
        match = _LENGTH.match(length.value or "")
        if match is None:
            continue
        days = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
        if not timedelta(days=2) <= timedelta(days=days) <= MAX_SPAN:
            continue
        index = sentences.index_at(length.start)
        sentence = sentences.bounds[index]
        subject = _told_length(text, sentence, length)
        if subject is None or _dated(ordered, k, sentence):
            continue
        start = _opened_day(text, ordered, k, sentences, index, subject)
        if start is None or id(start) in joined:
            continue
        ended = ended_after(start, timedelta(days=days))
        if ended is not None:
            joined[id(start)] = ended
    return [joined.get(id(t), t) for t in ordered] if joined else ordered


def _told_length(text: str, sentence: tuple[int, int], length: Timex) -> list[str] | None:
    """The subject's words (lowered) when the sentence is a short subject, auxiliaries and a
    carrying-on verb right before ``length``; else None."""
    if length.start - sentence[0] > MAX_LEAD_CHARS:
        return None
    before = text[sentence[0]:length.start]
    if _BREAKS.search(before.strip()):
        return None
    words = [w.lower() for w in _WORD.findall(before)]
    verb = ending_phrase(words, phrase_list("continued_length_verbs"))
    if verb is None:
        return None
    auxiliaries = word_list("continued_length_auxiliaries")
    at = len(words) - len(verb)
    while at > 0 and words[at - 1] in auxiliaries:
        at -= 1
    subject = words[:at]
    if subject and subject[0] in word_list("told_end_subject_openers") and len(subject) <= MAX_SUBJECT_WORDS:
        return subject
    return None


def _dated(ordered: list[Timex], k: int, sentence: tuple[int, int]) -> bool:
    """Whether the length's sentence writes a date of its own (lasting_spans reads those)."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(ordered) and ordered[j].type != "DURATION" and sentence[0] <= ordered[j].start < sentence[1]:
            return True
    return False


def _opened_day(text: str, ordered: list[Timex], k: int, sentences: Sentences, index: int,
                subject: list[str]) -> Timex | None:
    """The latest day of the sentences before the length's that names the subject's head (any word,
    for a pronoun) with a start word, and writes no other date; None when the nearest dated sentence
    is not such, or lies beyond the reach."""
    pronoun = len(subject) == 1 and subject[0] in word_list("told_end_pronouns")
    if len(subject) < 2 and not pronoun:
        return None
    back = MAX_SENTENCES if pronoun else NAMED_AGAIN_SENTENCES
    reach = reach_back(text, sentences, index, back, paragraph=sentences.bounds[index][0] if pronoun else None)
    starts = word_list("told_start_words") | word_list("told_opening_words") | word_list("told_length_start_words")
    for j in range(k - 1, -1, -1):
        day = ordered[j]
        if day.type == "DURATION":
            continue
        if day.start < reach:
            return None
        own_index = sentences.index_at(day.start)
        own = sentences.bounds[own_index]
        if any(t.type != "DURATION" and t is not day and own[0] <= t.start < own[1]
               for t in ordered[max(0, j - 3):j + 4]):
            return None       # a sentence of several dates: which one opens is not told
        words = {w.lower() for w in _WORD.findall(text[own[0]:own[1]])}
        if not words & starts or not (pronoun or subject[-1] in words):
            return None       # the nearest dated sentence tells of something else
        if day.interval is None or day.interval.granularity != "day" or day.end_interval is not None:
            return None
        return day
    return None
