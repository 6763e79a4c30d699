"""A sentence whose subject is only "the days" lists the page's days: its title names them.

A page about one kind of day writes their dates as the whole of a sentence: "In 2031, the days
off with pay will be May 4 and June 8", "As for 2032, the dates picked March 1 and April 5". The
subject is a plain noun for days ("days", "dates": ``listed_day_nouns``) after a determiner, the
rest is a copula run or a participle and the days; no event noun stands in the sentence, so the
framers leave the days, and the last step (unclaimed_dates) reads a line of prose as naming
nothing. What the days are is what the page is about: its title's occasion ("Council fixes the
extra bank holidays for 2031 and 2032"), read here as the title's event noun or, failing one, its
day-off noun with the words before it ("Extra bank holidays").
"""

from __future__ import annotations

from calfeed.events.announced_acts import passive_participle
from calfeed.events.line_names import copula_run_stops
from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.events.words import Word, words_in

SUBJECT_READ = 160       # characters read back from a date for its subject
SUBJECT_WORDS = 8        # the subject's words at most ("the “extra rest days for regional travel”")
TITLE_MODIFIERS = 2      # words kept before a title's day-off noun ("extra bank holidays")
_CLAUSE_MARKS = (",", ";", ":", "–", "—")


def lists_subject_days(text: str, begin: int, at: int) -> bool:
    """The words from the clause's start (a comma after a fronted phrase, or ``begin``, the
    sentence's start on the date's line) up to the date at ``at`` are a determiner, at most
    SUBJECT_WORDS words holding a plain day noun, then a copula run or a participle: the sentence
    tells which days they are. Only SUBJECT_READ characters are read back from the date."""
    window = max(begin, at - SUBJECT_READ)
    words = words_in(text, window, at)
    k = len(words)
    stops = copula_run_stops()
    while k > 0 and words[k - 1].lower in stops:
        k -= 1
    bridged = k < len(words)
    if k > 0 and not bridged and passive_participle(words[k - 1]):
        k -= 1                   # "the dates chosen July 8"
        bridged = True
    first = k
    while first > 0 and words[first - 1].text not in _CLAUSE_MARKS:
        first -= 1
    if not bridged or (first == 0 and window > begin):
        return False             # no copula or participle before the date, or a clause longer than a subject
    subject = [w for w in words[first:k] if w.is_word]
    return (0 < len(subject) <= SUBJECT_WORDS and subject[0].lower in word_list("subject_determiners")
            and any(w.lower in word_list("listed_day_nouns") for w in subject[1:]))


def title_day_off(title: str | None) -> str | None:
    """The title's day-off noun with up to TITLE_MODIFIERS plain words before it ("Bridge holidays"
    from "... sets the dates for 2031's bridge holidays"), else None."""
    if not title:
        return None
    words = [w for w in words_in(title, 0, len(title)) if w.is_word]
    lowered = [w.lower for w in words]
    for noun in phrase_list("day_off_nouns"):
        for k in range(len(words) - len(noun) + 1):
            if tuple(lowered[k:k + len(noun)]) != noun:
                continue
            first = k
            while first > 0 and k - first < TITLE_MODIFIERS and _modifier(words[first - 1]):
                first -= 1
            phrase = title[words[first].start:words[k + len(noun) - 1].end]
            return phrase[:1].upper() + phrase[1:]
    return None


def _modifier(word: Word) -> bool:
    """A plain word that may modify a noun in a title: letters only, no function word."""
    return word.text.isalpha() and word.lower not in word_list("subject_determiners") \
        and word.lower not in word_list("title_modifier_stops")
