"""A stretch of weeks told in the past as run from one day until another, over by the page's
date: "The survey was open from 4 June 2031 for eight weeks until midnight 30 July 2031" on
a page written after it (round R48, class B).

calfeed keeps a past day (an archive's calendar shows what happened when), and past_window drops
a past month or season told as background. A window of weeks bounded by two days is the same
background: the consultation, the exhibition or the application period is closed, and neither its
first day (an "event" nobody can attend) nor its last (a deadline nobody can meet) is an entry.
The two days go to the report with the reason instead, so nothing vanishes silently. A stretch
that had not ended by the page's date keeps its entries whatever the tense ("ran" on a page
published before the last day is no record of something over), and so does one of a few days
("took place from 21 to 22 June": an occasion, the archive case).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.events.words import lower_tokens, word_before
from calfeed.model import ReferenceDate, Timex

MIN_STRETCH = timedelta(days=7)     # a week or more: a window, not an occasion of a few days
GAP_WORDS = 6                       # words between the two days: "for 14 weeks until midnight"
VERB_REACH = 6                      # words before the first day's "from" that may hold the past verb
VERB_CHARS = 200                    # how far back those words are looked for: a one-line page is not read from its start


@dataclass(frozen=True)
class PastStretch:
    """The first and last day of a stretch told as over, by id, and the reason for the report."""
    ids: frozenset[int]
    reason: str


def past_stretches(text: str, sentence_dates: Sequence[Timex], reference: ReferenceDate) -> PastStretch | None:
    """The stretch told in the past in one sentence's dates, when there is one: a day after
    "from" told in the past, then a day after "until" (or "to", "through") a few words on with no
    other date between, the second on or before the page's date and a week or more after the first."""
    if reference.value is None:
        return None
    days = [t for t in sentence_dates if t.type != "DURATION"]
    for first, last in zip(days, days[1:]):
        if not (_day(first) and _day(last) and first.tense == "past"
                and word_before(text, first.start, word_list("range_from_words"))
                and word_before(text, last.start, word_list("range_to_words"))):
            continue
        if len([w for w in lower_tokens(text, first.end, last.start) if w.isalnum()]) > GAP_WORDS:
            continue
        if not _past_verb_before(text, first.start):
            continue
        start, end = day_of(first.interval.start), day_of(last.interval.start)
        if end - start < MIN_STRETCH or end > reference.value:
            continue
        return PastStretch(frozenset({id(first), id(last)}),
                           f"told in the past as a stretch that ran from {first.text} until {last.text}, over by "
                           f"the document's date ({reference.value.isoformat()}): its record, no entry")
    return None


def _day(timex: Timex) -> bool:
    return (timex.type in ("DATE", "TIME") and timex.interval is not None and timex.end_interval is None
            and timex.interval.granularity in ("day", "partofday", "hour", "minute"))


def _past_verb_before(text: str, start: int) -> bool:
    """A past verb of running (past_stretch_verbs) among the few words before the first day."""
    line_start = text.rfind("\n", max(0, start - VERB_CHARS), start) + 1 or max(0, start - VERB_CHARS)
    before = [w for w in lower_tokens(text, line_start, start) if w.isalnum()]
    window = before[-VERB_REACH - 1:]
    return any(tuple(window[k:k + len(phrase)]) == phrase
               for phrase in phrase_list("past_stretch_verbs") for k in range(len(window)))
