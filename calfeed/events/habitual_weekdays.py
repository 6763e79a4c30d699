"""Weekdays a page names as the usual pattern: "Typically, the exchange stays shut on Saturday and
Sunday", "The hall is normally closed on Monday".

The tagger puts a bare weekday on the nearest such day, but a clause that an adverb of
``habitual_hedges`` governs says what happens every such day: no day of its own (the days the
page does date stay, "but this Monday it opens"). The hedge governs the weekday when nothing
parts them but a comma right after a fronted hedge: another comma, a colon or a contrast word
(``denial_contrast_marks``, ``contrast_clause_openers``) opens a clause of its own ("The fair,
which usually runs on Friday, will be held on Saturday"). Told in the past, the weekday is the
one that was.

A relative clause in the present that tells a closed state ("the branches that are closed on
Monday and Thursday open on 14 May": standing_state_openers) governs its weekdays likewise: the
noun's weekly days off, not days of their own (standing_state_weekdays).

A page that says so of a closure ("stays shut on Saturday and Sunday") makes those weekdays the
usual closed days: a closure it also dates on one of them ("shut on 3, 4 and 5 April", the last a
Sunday) is no news, and gives no entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from calfeed.events.candidates import Candidate
from calfeed.events.vocabulary import ending_phrase, merged_lists, phrase_at, phrase_list, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex
from calfeed.text import Sentences

WEEKDAY_RULE = "weekday_alone"
HEDGE_REACH = 200      # characters read back from a weekday for the hedge that governs it
CLOSING_REACH = 200    # characters read either side of a day, within its sentence, for a closing word
_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—"})


def habitual_weekdays(text: str, sentences: Sentences, ordered: Sequence[Timex]) -> dict[int, Timex]:
    """The bare weekdays (by id) that a habitual hedge governs (module doc)."""
    found: dict[int, Timex] = {}
    for timex in ordered:
        if timex.rule != WEEKDAY_RULE or not timex.bare_weekday or timex.tense == "past":
            continue
        start = max(sentences.at(timex.start)[0], timex.start - HEDGE_REACH)
        if _governed(words_in(text, start, timex.start)):
            found[id(timex)] = timex
    return found


def standing_state_weekdays(text: str, sentences: Sentences, ordered: Sequence[Timex]) -> set[int]:
    """The bare weekdays (by id) inside a relative clause that tells a standing closed state in the
    present ("the branches that are closed on Monday and Thursday open on 14 May":
    standing_state_openers and a word of closing_words): the noun's weekly days off, no days of
    their own. Unlike a hedged closure, they say nothing of the page's other days, whose closures
    stay."""
    found: set[int] = set()
    for timex in ordered:
        if timex.rule != WEEKDAY_RULE or not timex.bare_weekday or timex.tense == "past":
            continue
        start = max(sentences.at(timex.start)[0], timex.start - HEDGE_REACH)
        if _governed(words_in(text, start, timex.start), _standing_state):
            found.add(id(timex))
    return found


def usual_closed_weekdays(text: str, sentences: Sentences, hedged: dict[int, Timex]) -> set[int]:
    """The weekdays (0 Monday … 6 Sunday) the page says are usually closed: hedged weekdays in a
    sentence with a word of ``closing_words``."""
    closing = word_list("closing_words")
    days: set[int] = set()
    for timex in hedged.values():
        if timex.interval is None:
            continue
        if _near_closing(text, sentences.at(timex.start), timex, closing):
            days.add(timex.interval.start.weekday())
    return days


def without_usual_closures(chosen: list[Candidate], text: str, closed: set[int]) -> list[Candidate]:
    """``chosen`` without the single days of a closure that fall on a usually closed weekday."""
    if not closed:
        return chosen
    closing = word_list("closing_words")
    kept = []
    for c in chosen:
        interval = c.timex.interval
        single = (c.timing.rrule is None and c.timex.type == "DATE" and interval is not None
                  and interval.granularity == "day" and c.timex.end_interval is None)
        if single and interval.start.weekday() in closed and _near_closing(text, c.sentence, c.timex, closing):
            continue
        kept.append(c)
    return kept


def _near_closing(text: str, sentence: tuple[int, int], timex: Timex, closing: frozenset[str]) -> bool:
    """A closing word in ``timex``'s sentence, no further than CLOSING_REACH from it (a page with
    no stops is one sentence: reading all of it for every day would be square)."""
    start, end = max(sentence[0], timex.start - CLOSING_REACH), min(sentence[1], timex.end + CLOSING_REACH)
    return any(w.lower in closing for w in words_in(text, start, end))


def _hedge(lowered: list[str], k: int) -> bool:
    """Whether a habitual hedge opens at ``lowered[k]``."""
    return phrase_at(lowered, k, phrase_list("habitual_hedges")) is not None


def _standing_state(lowered: list[str], k: int) -> bool:
    """Whether a relative clause telling a standing closed state opens at ``lowered[k]`` ("that are
    closed", "which is shut": standing_state_openers and a word of closing_words)."""
    opener = phrase_at(lowered, k, phrase_list("standing_state_openers"))
    return (opener is not None and k + len(opener) < len(lowered)
            and lowered[k + len(opener)] in word_list("closing_words"))


def _governed(before: list[Word], opens: Callable[[list[str], int], bool] = _hedge) -> bool:
    """A hedge among ``before`` (or what ``opens`` looks for) with no break between it and the end,
    save a comma right after a hedge."""
    lowered = [w.lower for w in before]
    contrasts = merged_lists(("denial_contrast_marks", "contrast_clause_openers"))
    for k in range(len(lowered) - 1, -1, -1):
        if opens(lowered, k):
            return True
        if lowered[k] in _BREAKS and not (k > 0 and _ends_hedge(lowered[:k])):
            return False
        if lowered[k] in contrasts:
            return False
    return False


def _ends_hedge(lowered: list[str]) -> bool:
    """Whether the words end with a hedge ("Typically" before its comma)."""
    return ending_phrase(lowered, phrase_list("habitual_hedges")) is not None
