"""A weekend or a week named without its days, then written out: no second entry.

A news page opens with the gist ("Mill Lane will be closing next weekend for repairs") and goes
on with the days ("The lane will be shut from Saturday 12 May until Sunday 20 May"). The first
sentence's window (unwritten_window_words, no figure in the words that date it) is only the
loose telling of the run's start: a second entry over the weekend, with a title of its own ("Mill
Lane closing"), beside the run told exactly. An entry so dated whose days hold the first day of
an entry read from written days after it, and whose title or sentence holds a word of that
entry's title (its subject: "Lane shut"; kin_retelling_stops aside), goes. A window that meets no
written run, or whose telling shares no word with its title ("the market opens next week" / "the
lifeboat station will be closed from Monday 7 May"), stays.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from calfeed.events.vocabulary import word_list
from calfeed.model import Event

MIN_SUBJECT_LETTERS = 4      # shorter words ("of", "the", "and") are no subject shared
MAX_WINDOW_DAYS = 7          # a weekend or a week
_WORD = re.compile(r"[a-z]+")


def without_unwritten_windows(events: list[Event]) -> list[Event]:
    """``events`` (one document's) less each entry dated only by an unwritten window that a later
    entry of written days starts inside, of the same subject (module doc)."""
    written = [e for e in events if e.rrule is None and any(_figure(s.expr) for s in e.sources)]
    if not written:
        return events
    return [e for e in events if not _teaser(e, written)]


def _teaser(event: Event, written: list[Event]) -> bool:
    if event.rrule is not None or not event.sources or not all(_unwritten(s.expr) for s in event.sources):
        return False
    first, last = event.window or (_day(event.start), _day(event.end if event.end is not None else event.start))
    if not 0 < (last - first).days + 1 <= MAX_WINDOW_DAYS:
        return False
    told = min(s.sentence_start for s in event.sources)
    said = _subject(" ".join([event.title, *(s.sentence for s in event.sources)]))
    return any(_day(other.start) == first and min(s.sentence_start for s in other.sources) > told
               and said & _subject(other.title) for other in written if other is not event)


def _unwritten(expr: str) -> bool:
    """The words name a window (a weekend, a week) and write no figure."""
    return not _figure(expr) and not word_list("unwritten_window_words").isdisjoint(_WORD.findall(expr.lower()))


def _figure(expr: str) -> bool:
    return any(c.isdigit() for c in expr)


def _subject(title: str) -> set[str]:
    stops = word_list("kin_retelling_stops")
    return {w for w in _WORD.findall(title.lower()) if len(w) >= MIN_SUBJECT_LETTERS and w not in stops}


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
