"""Cue words around a date: is it a deadline, an opening, a look ahead, or no event at all?

Cues come from ``cues.<lang>.tsv``. Where a cue must stand matters: "by" marks a deadline
only right before the date ("register by 25 January", not "approved by the Group ...
later this year"); "deadline" or "due" count anywhere in the clause; "opens"/"closes"
only right after the event noun ("Registration opens"). A cue word inside a set phrase
("due diligence", "due to take place") is none (``cue_idioms``).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from calfeed.events.vocabulary import (Cue, cues, ending_tuple, event_nouns, merged_lists, phrase_at, phrase_list,
                                       without_idioms, word_list)
from calfeed.events.words import Word, free_words, starts_inside
from calfeed.timex.lexicon import load_list

BEFORE_GAP = 2      # words allowed between a "before" cue and the date ("by noon on"), from cue_gap_words
AFTER_NOUN_GAP = 3  # "Registration will open on", "Submissions close"
OBLIGED_REACH = 6   # words from the participle back to its modal, or on to the cue ("submitted to the secretary-manager")
CUE_DATE_GAP = 3    # words from a clause cue on to the date it names ("deadline of 3pm", "due on")
GLOSS_WORDS = 3     # words of a bracket after a date that glosses it ("(opening)", "(final deadline)")
SUBJECT_GAP = 6     # words of a plain subject between a clause-opening date and its reporting verb
COMPARED_REACH = 4  # words from a comparing word on to the cue it parts from the date: "before the previous deadline"
DECLARED_OBJECT_REACH = 4   # words after declared days to the day off they become: "and a national holiday"


@dataclass
class Signals:
    deadline: Cue | None = None
    opening: Cue | None = None
    forward: Cue | None = None
    not_event: Cue | None = None
    series_start: Cue | None = None
    series_end: Cue | None = None

    def set(self, cue: Cue) -> None:
        current = getattr(self, cue.role, None)
        if current is None or (cue.strong and not current.strong):
            setattr(self, cue.role, cue)


def _find(seq: list[str], words: tuple[str, ...]) -> list[int]:
    """End positions (exclusive) of every occurrence of ``words`` in ``seq``."""
    size = len(words)
    if not size:
        return list(range(len(seq) + 1))
    first = words[0]
    if first not in seq:
        return []         # one sweep in C: most cues' first word is not in the clause at all
    return [i + size for i in range(len(seq) - size + 1) if seq[i] == first and tuple(seq[i:i + size]) == words]


def listed_name(clause: list[Word], first: int, last: int) -> bool:
    """Whether words ``first..last`` are written capitalised inside an item of a list of names
    ("five trails: Aspen, Jess' Cut-Off, Vogue and Larch"): a comma and a capitalised word before
    the item, a comma or a list word right after it. The cue's words name a place there."""
    if not all(w.text[:1].isupper() for w in clause[first:last + 1] if w.is_word):
        return False
    start = first
    while start > 0 and (clause[start - 1].is_word and clause[start - 1].text[:1].isupper()
                         or clause[start - 1].text in _POSSESSIVE_MARKS):
        start -= 1
    after = last + 1
    while after < len(clause) and clause[after].is_word and clause[after].text[:1].isupper():
        after += 1
    return (start >= 2 and clause[start - 1].text == "," and clause[start - 2].is_word
            and clause[start - 2].text[:1].isupper() and after < len(clause)
            and (clause[after].text == "," or clause[after].lower in word_list("name_list_joiners")))


_POSSESSIVE_MARKS = ("'", "’", "'s", "’s")


def _only_lead_in(gap: list[str]) -> bool:
    return len(gap) <= BEFORE_GAP and all(w in word_list("cue_gap_words") for w in gap)


def _parted(before: list[str], cue: tuple[str, ...]) -> bool:
    """Whether one comma right after the cue's last occurrence, and no other, stands before the date
    ("will close two days before, on Friday"): the cue is an adverb set off from the date. An aside
    between two commas ("up to, and including, midnight on ...") keeps the cue on its date."""
    found = _find(before, cue)
    if not found:
        return False
    tail = before[found[-1]:]
    return tail[:1] == [","] and "," not in tail[1:]


def after_noun_gap(lowered: list[str], noun_end: int) -> int:
    """How many words after an event noun its cue may stand: AFTER_NOUN_GAP, and two more over
    a relative clause's comma and mark ("a consultation, which will close in December")."""
    if lowered[noun_end + 1:noun_end + 2] == [","] and lowered[noun_end + 2:noun_end + 3] \
            and lowered[noun_end + 2] in word_list("relative_marks"):
        return AFTER_NOUN_GAP + 2
    return AFTER_NOUN_GAP


def read_signals(
    clause: list[Word], timex_span: tuple[int, int], blocked: list[tuple[int, int]],
    noun_end: int | None,
) -> Signals:
    """The cues that bear on the date at ``timex_span`` in ``clause``.

    ``blocked`` are the spans of all dates in the clause (cue words inside other dates do
    not count); ``noun_end`` is the index of the last word of the chosen event phrase.
    """
    start, end = timex_span
    lowered = without_idioms([w.lower for w in clause])     # "due diligence", "due to take place": no cue
    inside = [lowered[k] for k, w in enumerate(clause) if start <= w.start < end and w.is_word]
    before = [lowered[k] for k, w in enumerate(clause) if w.end <= start and w.is_word]
    before_commas = [lowered[k] for k, w in enumerate(clause) if w.end <= start and (w.is_word or w.text == ",")]
    bound = _bound_after(clause, lowered, end)
    free = free_words(clause, blocked)
    outside_at = [k for k, w in enumerate(clause) if w.is_word and k < bound and free[k]]
    outside = [lowered[k] for k in outside_at]
    # the words a cue may take after the event noun, another date among them aside ("At 5pm on 31 May
    # the draw for the spring places closes"): that date modifies the noun's phrase, it is no word
    # between the noun and its verb (the date being framed counts: "The fair on 5 May closes ...")
    after_at = (list(islice((k for k in range(noun_end + 1, len(lowered)) if free[k] or start <= clause[k].start < end),
                            after_noun_gap(lowered, noun_end))) if noun_end is not None else [])
    after_noun = [lowered[k] for k in after_at]
    after = [lowered[k] for k, w in enumerate(clause) if w.start >= end and w.is_word]
    following = _opening_date_follows(clause, start, end)     # read once: every reporting cue asks
    gloss = _gloss_after(clause, end)
    found = Signals()
    for cue in cues():
        if cue.place == "reporting":
            if (any(_only_lead_in(before[pos:]) for pos in _find(before, cue.words))
                    and not _declares_day_off(cue.words, clause, end, blocked)
                    or (following is not None and _reported_after(following, cue.words))):
                found.set(cue)
        elif cue.place == "before":      # "close two days before, on 14 March": the comma parts them
            if ((any(_only_lead_in(before[pos:]) for pos in _find(before, cue.words))
                 and not _parted(before_commas, cue.words))
                    or tuple(inside[:len(cue.words)]) == cue.words):
                found.set(cue)
        elif cue.place == "clause":
            if (any(not _dated_later(clause, outside_at[pos - 1], end, blocked)
                    and not listed_name(clause, outside_at[pos - len(cue.words)], outside_at[pos - 1])
                    and not (cue.role == "deadline" and _compared(clause, lowered, outside_at[pos - len(cue.words)], end))
                    for pos in _find(outside, cue.words))
                    or _find(inside, cue.words)):
                found.set(cue)
        elif cue.place == "after_noun" and any(
                after_at[pos - 1] + 1 >= len(lowered) or lowered[after_at[pos - 1] + 1] not in word_list("cue_adjective_heads")
                for pos in _find(after_noun, cue.words)):      # "Closing Ceremony" is no closing
            found.set(cue)
        elif cue.place == "after" and tuple(after[:len(cue.words)]) == cue.words:
            found.set(cue)
        elif cue.place == "gloss" and tuple(gloss) == cue.words:
            found.set(cue)
    opened = _opened_as_of(before, found.not_event)
    if opened is not None:
        found.not_event = None      # "are open as of Monday, October 5": the day it opens, no statement's date
        found.set(opened)
    if _deferred(found.deadline, before):
        found.set(Cue(found.deadline.words, "opening", "before", False))
        found.deadline = None       # "Round 5 will not take place until Friday, April 21": it takes place then
    if found.deadline is not None and not found.deadline.strong and found.deadline.place == "before":
        if _obliged_passive(before, found.deadline.words):
            found.deadline = Cue(found.deadline.words, "deadline", "before", True)
    return found


def _declares_day_off(verb: tuple[str, ...], clause: list[Word], end: int, blocked: list[tuple[int, int]]) -> bool:
    """"proclaimed next Thursday and Friday a national holiday": a declaring verb (declaring_verbs) right before the
    date has the date for its object when a day-off noun (day_off_nouns) follows within DECLARED_OBJECT_REACH
    words, other dates of the run, their commas and the articles and adjectives of the noun aside. The date is
    then the day
    off declared, not the day of a statement ("declared Monday that ..." keeps the reporting cue)."""
    if " ".join(verb) not in word_list("declaring_verbs"):
        return False
    after = list(islice((w.lower for w in clause if w.start >= end and w.is_word and not starts_inside(w, blocked)),
                        DECLARED_OBJECT_REACH))       # the first few words only, not the clause's
    breaks, articles, joiners = word_list("phrase_breaks"), word_list("articles"), word_list("date_joiners")
    for k in range(len(after)):
        if phrase_at(after, k, phrase_list("day_off_nouns")) is not None:
            return True
        if after[k] == ",":
            continue          # "declared Friday, May 9, a holiday": the day's comma before the noun ("as" stays a
            #                   break: a day declared "as" a holiday for some occasion is left to the sentences
            #                   that name the occasion)
        if after[k] in word_list("complementizers") or (
                after[k] in breaks and after[k] not in articles and after[k] not in joiners):
            return False      # "declared Monday that the holidays ...": a statement's day
    return False


DEFERRAL_NEGATION_LISTS = ("negations", "absence_contractions", "deferral_negations")
"""The words that, before a weak "until", make its day a first day ("will not", "won’t", "never")."""


def _deferred(deadline: Cue | None, before: list[str]) -> bool:
    """A weak "until" bound after a negation in the clause ("will not resume until", "won't
    reopen till"): the day is when it starts, no last day."""
    if deadline is None or deadline.strong or deadline.place != "before" \
            or " ".join(deadline.words) not in word_list("deferral_bounds"):
        return False
    negations = merged_lists(DEFERRAL_NEGATION_LISTS)
    return any(word in negations for word in before)


def _gloss_after(clause: list[Word], end: int) -> list[str]:
    """The words of a bracket right after the date ("1 February 2024 (opens) - 1 March 2024
    (closes)"): a gloss that says what that date is, and only that date; [] when none."""
    after = [w for w in clause if w.start >= end]
    if not after or after[0].text != "(":
        return []
    inside = []
    for word in after[1:GLOSS_WORDS + 2]:
        if word.text == ")":
            return inside
        inside.append(word.lower)
    return []


def _opened_as_of(before: list[str], not_event: Cue | None) -> Cue | None:
    """The opening cue right before a "before" statement cue ("open as of", "available since"):
    what opens then, not a date a statement is true from; None for any other words."""
    if not_event is None or not_event.place != "before":
        return None
    size = len(not_event.words)
    for pos in _find(before, not_event.words):
        if not _only_lead_in(before[pos:]) or pos - size < 1:
            continue
        verb = before[pos - size - 1]
        opening = next((c for c in cues() if c.role == "opening" and c.words == (verb,)), None)
        if opening is not None:     # placed before the date: the verb is the predicate, the noun its subject
            return Cue(opening.words, opening.role, "before", opening.strong)
    return None


def _dated_later(clause: list[Word], last: int, end: int, blocked: list[tuple[int, int]]) -> bool:
    """The clause cue ending at word ``last`` stands after the date and right before another
    date, whose cue it is: "circulated on Wednesday 19th July, with the nomination deadline of
    3pm on Wednesday 30th August" ("deadline" is 30 August's, not 19 July's)."""
    if clause[last].start < end:
        return False
    links = word_list("cue_date_links")
    for word in clause[last + 1:last + 1 + CUE_DATE_GAP]:
        if any(s <= word.start < e for s, e in blocked):
            return True
        if word.is_word and word.lower not in links:
            return False
    return False


def _obliged_passive(before: list[str], cue: tuple[str, ...], lang: str = "en") -> bool:
    """"must (also) be submitted (to the secretary) by": an obligation on whatever is handed in
    makes a weak cue a deadline; an event noun in the clause is only what it is for."""
    modals, fillers = word_list("obligation_modals"), word_list("obligation_adverbs")
    auxiliaries = load_list(lang, "passive_auxiliaries")
    for pos in _find(before, cue):
        if not _only_lead_in(before[pos:]):
            continue
        head = before[:pos - len(cue)]
        for k in range(len(head) - 1, max(len(head) - 1 - OBLIGED_REACH, 0), -1):
            if not _participle(head[k], lang):
                continue
            j = k - 1
            if j < 1 or head[j] not in auxiliaries:
                continue
            j -= 1
            while j >= 0 and head[j] in fillers and k - j <= OBLIGED_REACH:
                j -= 1
            if j >= 0 and head[j] in modals:
                return True
    return False


def obliged_by(before: list[str]) -> bool:
    """Words (lower case) ending in an obliged "by": "Grant applications must be completed
    on-line by" (the clock or day that follows is when they are due)."""
    return bool(before) and before[-1] in word_list("obliged_by_links") and _obliged_passive(before, (before[-1],))


def _participle(word: str, lang: str) -> bool:
    return word.endswith(ending_tuple("loose_participle_endings", lang)) or word in load_list(lang, "irregular_past")


def _compared(clause: list[Word], lowered: list[str], cue_at: int, end: int) -> bool:
    """Whether the clause cue at ``cue_at`` stands after the date (which ends at offset ``end``)
    a few words after a word comparing the date with another day ("on June 14, two months
    before the previous deadline"): the deadline named there is that other day."""
    if clause[cue_at].start < end:
        return False
    leads = word_list("compared_cue_leads")
    return any(lowered[k] in leads and clause[k].start >= end for k in range(max(0, cue_at - COMPARED_REACH), cue_at))


def _bound_after(clause: list[Word], lowered: list[str], end: int) -> int:
    """Where a bound after the date begins ("every Tuesday ... until the LOI deadline"): the
    deadline named there ends the series; it does not make the date a deadline. Clause cues
    from that word on do not count (the index of the clause's end when there is none)."""
    ends = tuple(c.words for c in cues() if c.role == "series_end")
    for k, word in enumerate(clause):
        if word.start >= end and phrase_at(lowered, k, ends) is not None:
            return k
    return len(clause)


def _opening_date_follows(clause: list[Word], start: int, end: int) -> list[str] | None:
    """The words (lower case) after a date that opens its clause (only cue gap words before it),
    which a reporting verb may follow; None when other words stand before the date."""
    if any(w.is_word and w.end <= start and w.lower not in word_list("cue_gap_words") for w in clause):
        return None
    return [w.lower for w in clause if w.start >= end and w.is_word]


def _reported_after(following: list[str], verb: tuple[str, ...]) -> bool:
    """"Last week, Member States agreed ...": a date opening the clause, then a plain subject
    (no function word, no event noun: "On 3 May, the summit agreed" still dates a summit),
    then the reporting verb (``following``: the words after that date)."""
    nouns, breaks, articles = event_nouns(), word_list("phrase_breaks"), word_list("articles")
    for index, word in enumerate(following[:SUBJECT_GAP + len(verb)]):
        if tuple(following[index:index + len(verb)]) == verb:
            return index > 0
        if (word,) in nouns or (word in breaks and word not in articles):
            return False
    return False
