"""Occasions named by their subject and a plain "will be on" before the date, with no event
word: "The next mass will be on Sunday 6 June at 10.30am" (one occurrence of something that
recurs: "next" says so), "Back to Church Sunday will be on Sunday 5th September" (a name that
is a day of its own). "The focus will be on jobs" or "The service will be available from ..."
name no occasion: no "next", no day name, or the date does not follow the verb. A short
subject right before "is on" / "will be on" and its date is the occasion whatever its noun
("Our Christmas lunch is on Friday 12 December"): a newsletter states its events so. Abstract
heads ("The focus will be on ...") are listed in ``occasion_subject_stops.en.txt``. A short subject
whose head names a day of its own ("candidacy day will be 14 March", "polling day is 3 May")
is the occasion with a bare copula too: "X day will be D" says what "X day is on D" says
(``occasion_copula_heads.en.txt``). The other way round, a date opening its clause and a copula
naming the day ("Sunday 16 March is the official International Kite Day") is that day's occasion
when the name is capitalised words ending in a day's word (``dated_occasion``)."""

from __future__ import annotations

from functools import lru_cache

from calfeed.events.vocabulary import ending_phrase, phrase_at, word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import Word

MAX_OCCASION_WORDS = 6     # "Back to Church Sunday", "next Family Mass"; more is a clause
MAX_PLAIN_OCCASION_WORDS = 4   # "Christmas lunch", "the Year 6 leavers' lunch"; more is a clause
MAX_ASIDE_WORDS = 14       # "meaning services like book loans and computer use": longer is no aside


@lru_cache(maxsize=None)
def _copulas() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(c.split()) for c in word_list("occasion_copulas")), key=len, reverse=True))


def named_occasion(words: list[Word], blocked: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """First and last word index of the occasion the clause's subject names, when the verb
    right before the date at ``at`` is a plain copula; else None."""
    before = next((k for k, w in enumerate(words) if w.end > at), len(words))   # the words before the date
    lowered = [w.lower for w in words]
    copula = ending_phrase(lowered, _copulas(), end=before, leaving=1)   # a subject word stands before it
    if copula is None:
        return None
    verb = _past_aside(words, blocked, before - len(copula))
    first = 0
    while first < verb and not words[first].is_word:
        first += 1                            # bullets, emphasis
    if first < verb and words[first].text in word_list("contrast_clause_openers"):
        first += 1                            # "... while Harvest Sunday will be on ...": a clause split off mid-sentence
    while first < verb and lowered[first] in word_list("articles") | word_list("possessives"):
        first += 1
    subject = list(range(first, verb))
    if not subject or len(subject) > MAX_OCCASION_WORDS or not all(words[k].is_word for k in subject):
        return None
    free = [not any(s < words[k].end and words[k].start < e for s, e in blocked) for k in subject]
    if lowered[first] in word_list("occasion_leads") and len(subject) > 1 and all(free):
        return first, verb - 1                # "The next mass will be on ..."
    joiners = word_list("occasion_joiners")
    if (lowered[verb - 1] in word_list("occasion_heads") and words[first].is_capitalised and len(subject) > 1
            and all(words[k].is_capitalised or lowered[k] in joiners for k in subject) and all(free[:-1])):
        return first, verb - 1                # "Back to Church Sunday will be on ..."
    if (copula[-1] in word_list("occasion_day_links") and len(subject) <= MAX_PLAIN_OCCASION_WORDS and all(free)
            and lowered[verb - 1] not in word_list("pronouns") | word_list("occasion_subject_stops")
            and any(words[k].is_word and words[k].text[:1].isalpha() for k in subject)):
        return first, verb - 1                # "Our Christmas lunch is on Friday 12 December"
    if (lowered[verb - 1] in word_list("occasion_copula_heads") and len(subject) <= MAX_PLAIN_OCCASION_WORDS
            and all(free) and all(words[k].text[:1].isalpha() for k in subject)):
        return first, verb - 1                # "candidacy day will be 14 March 2031"
    return None


MAX_NAME_MODIFIERS = 2     # "the official", "the annual national": lower-case words before the day's name


def dated_occasion(words: list[Word], blocked: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """First and last word index of the day's name a copula gives the date at ``at`` when that date
    opens its clause: "Sunday 16 March 2031 is the official International Kite Day and ...". The name
    is at least two capitalised words ending in a head of occasion_heads ("Day", "Night"), after an
    article and at most MAX_NAME_MODIFIERS lower-case words; None otherwise ("is the first day"). The
    date must be written with a number or a weekday: "Today is ..." is left to the readers of the
    page's own day, which join a clock told later in the sentence."""
    if any(w.is_word for w in words if w.end <= at):
        return None
    end = next((e for s, e in blocked if s == at), None)
    k = next((j for j, w in enumerate(words) if end is not None and w.start >= end), None)
    if k is None or not any(w.is_number or w.lower in weekday_words() for w in words[:k]):
        return None       # "Today is Warning Day, when sirens sound at 11 a.m.": the page's day, its clock joined elsewhere
    lowered = [w.lower for w in words]
    copula = phrase_at(lowered, k, _copulas())
    if copula is None or copula[-1] == "on":
        return None
    k += len(copula)
    while k < len(words) and lowered[k] in word_list("articles"):
        k += 1
    modifiers = 0
    while k < len(words) and words[k].is_word and not words[k].is_capitalised and modifiers < MAX_NAME_MODIFIERS:
        k, modifiers = k + 1, modifiers + 1
    first, joiners = k, word_list("occasion_joiners")
    while k < len(words) and words[k].is_word and (words[k].is_capitalised or lowered[k] in joiners):
        k += 1
    last = k - 1
    while last > first and lowered[last] in joiners:
        last -= 1             # "... Kite Day and most activities": the joiner opens the next clause
    if last - first + 1 < 2 or last - first + 1 > MAX_OCCASION_WORDS or lowered[last] not in word_list("occasion_heads"):
        return None
    return first, last


def _past_aside(words: list[Word], blocked: list[tuple[int, int]], verb: int) -> int:
    """Where the subject ends when an aside set off by commas stands between it and the copula at
    ``verb`` ("The first day of trading, meaning full service at every till, will be on ..."):
    the aside's opening comma; else ``verb``. The aside holds no date."""
    if verb < 3 or words[verb - 1].text != ",":
        return verb
    k = verb - 2
    while k > 0 and verb - 2 - k < MAX_ASIDE_WORDS and words[k].text != ",":
        if words[k].text in (".", ";", ":", "!", "?"):
            return verb
        k -= 1
    if k <= 0 or words[k].text != ",":
        return verb
    if any(words[k].end <= s and e <= words[verb - 1].start for s, e in blocked):
        return verb
    return k
