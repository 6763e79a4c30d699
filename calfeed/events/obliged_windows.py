"""A window of clock time a page obliges its reader to act in: "Fees must be settled between 2 p.m.
on June 4 and 11 a.m. on June 7", "Forms must be returned from 9am on 2 June until 5pm on 5 June".

Such a clause is a deadline, and the deadline is the window's end: the act is owed by then, and
from the first clock on it can be done. The sentence readers gave it nothing (a clock window holds
no "by" or "before" cue), so the day vanished. The reading stays narrow, as its twin
permitted_windows does:
- the date is a window with a clock at each end (permitted_windows.clock_window), ahead of the
  page's day;
- an obligation modal (obligation_modals) right before "be" and the participle of an act owed once
  (obliged_window_acts: "paid", "returned"; a state kept over the window, "must be kept open",
  is none) stands in the date's clause before the date, not negated, with no condition, habit or
  hedge in its conjunct, and no other auxiliary or date between them.
The title names what is owed: the noun phrase right before the modal, or, after "and" ("Seats can
be booked ... and must be paid between ..."), the clause's subject: "Deadline for seats to be paid".
"""

from __future__ import annotations

from dataclasses import replace

from calfeed.events.permitted_windows import ONE_CLOCK, clock_window
from calfeed.events.phrases import clause_subject, phrase_stops, phrase_text
from calfeed.events.quote_marks import ENGLISH, quote_marks
from calfeed.events.vocabulary import merged_lists, title_words, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Interval, Timex

OBLIGED_NOTE = "a window the page obliges the reader to act in (\"must be ... between T1 and T2\"): due by its end"
MAX_SUBJECT_WORDS = 4    # words of the noun phrase before the modal ("Reserved seats")
_VETO_LISTS = ("condition_marks", "habitual_hedges", "plain_day_hedges", "negations", "hedging_modals")
_BREAKS = frozenset(",;:()[]—–.!?" + quote_marks(ENGLISH, double=True))


def obliged_window(text: str, clause: tuple[int, int], timex: Timex, others: list[Timex]) -> str | None:
    """The title of the deadline the clause sets by the end of ``timex``'s window, else None (see
    the module). ``others`` are the clause's dates."""
    if not clock_window(timex):
        return None
    words = [w for w in words_in(text, *clause) if not (timex.start <= w.start < timex.end)]
    modals = word_list("obligation_modals")
    before = [k for k, w in enumerate(words) if w.lower in modals and w.end <= timex.start]
    if not before:
        return None
    at = before[-1]
    if at + 2 >= len(words) or words[at + 1].lower != "be" or words[at + 2].lower not in word_list("obliged_window_acts"):
        return None       # "the gates must be kept open between ...": a state over the window, nothing due
    joined = at > 0 and words[at - 1].lower in word_list("verb_coordinators")
    vetoes = merged_lists(_VETO_LISTS) - modals
    own = words[at - 1:] if joined else words     # "Seats can be booked ... and must be paid": the booking's "can" is its own
    if any(w.lower in vetoes or w.lower.endswith(("n't", "n’t")) for w in own):
        return None       # "seats need not be paid ...", "if places remain, seats must be paid ..."
    if any(words[at + 2].end <= w.start < timex.start and w.lower in word_list("verb_auxiliaries") for w in words):
        return None       # another verb's window
    if any(t is not timex and words[at].end <= t.start < timex.start for t in others):
        return None       # another date between: the window is no longer the modal's own
    subject = _subject(text, words, at)
    if subject is None:
        return None
    wording = title_words()
    return f"{wording['deadline_for']} {subject} to be {words[at + 2].text}"


def _subject(text: str, words: list[Word], at: int) -> str | None:
    """What is owed: the noun phrase right before the modal, or the clause's subject after "and"."""
    if at > 0 and words[at - 1].lower in word_list("verb_coordinators"):
        found = clause_subject(words[:at], [])
        if found is None:
            return None
        named = phrase_text(words[:at], *found, text)
    else:
        stops = phrase_stops() | merged_lists(("articles", "saying_verbs", "complementizers"))
        first = at
        while first > 0 and at - first < MAX_SUBJECT_WORDS and words[first - 1].is_word \
                and words[first - 1].text not in _BREAKS and words[first - 1].lower not in stops:
            first -= 1
        if first == at:
            return None
        named = " ".join(text[words[first].start:words[at - 1].end].split())
    if not named or named.lower() in word_list("pronouns"):
        return None       # "They must be paid ...": who "they" are is not in the clause
    return named[:1].lower() + named[1:] if not named[:2].isupper() else named


def window_end(timex: Timex) -> Timex:
    """The window's last clock as a date of its own: the instant the act is due ("between 9 pm and
    11 pm on 14 August": 11 pm)."""
    last = timex.end_interval
    if last is None:
        last = Interval(timex.interval.end, timex.interval.end + ONE_CLOCK, "minute")
    return replace(timex, interval=last, end_interval=None, value=last.start.isoformat(timespec="minutes"))
