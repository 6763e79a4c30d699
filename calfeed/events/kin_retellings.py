"""A loose window that retells a dated event under another name: no second entry.

A news page opens with the event loosely ("An annual fair of Varn crafts will open later this
week") and then gives its day under its full name ("The 'Varn Crafts Fair: 2031 Market Days' will
be held ... on Friday for a four-day run"). The loose telling's title is not the dated entry's
name (vague_retellings needs that), but it names the same kind of event (an event noun: "fair")
and one more word of it ("crafts") that the dated entry's title or sentence also holds, over a
window that meets the dated days. A subscriber already has the days; the loose "this week" beside
them is a second, vaguer entry of the same thing, and one that starts on days the event does not.

Kept: a loose entry that shares only its event noun ("the jazz festival opens later this week"
beside "the film festival is on Thursday"), a loose window longer than a week ("later this year": a
series' other meeting as likely as the same one), a loose deadline, a series, and any loose entry
whose window misses the dated days.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from calfeed.events.vocabulary import event_nouns, word_list
from calfeed.model import Event

MIN_LOOSE_DAYS = 2      # a window of this many days or more is a loose telling ("this week", "later this week")
MAX_LOOSE_DAYS = 7      # and of at most a week: "later this year" beside a dated meeting of the same series
                        # ("the Harbour Group Meeting later this year" / "the Harbour Ministerial Meeting on
                        # 8 December") is as likely another of its kind as the same one
MIN_KIN_LETTERS = 4     # shorter words ("of", "the", "and", "art") are not counted as shared names
_WORD = re.compile(r"[a-z]+")


def without_kin_retellings(events: list[Event]) -> list[Event]:
    """``events`` (one document's) less each loose non-deadline, non-series entry whose window meets
    an exactly dated entry's days and whose title shares an event noun and one more word
    (kin_retelling_stops aside) with that entry's title and sentence."""
    exact = [(_words(e), _days(e)) for e in events if _dated(e)]
    if not exact:
        return events
    return [e for e in events if not _retells(e, exact)]


def _retells(event: Event, exact: list[tuple[set[str], tuple[date, date]]]) -> bool:
    if not _loose(event):
        return False
    nouns = event_nouns()
    stops = word_list("kin_retelling_stops")
    title = [w for w in _WORD.findall(event.title.lower()) if len(w) >= MIN_KIN_LETTERS and w not in stops]
    kinds = {w for w in title if (w,) in nouns}
    if not kinds:
        return False
    first, last = event.window or (_day(event.start), _day(event.start))
    for words, days in exact:
        if first <= days[1] and days[0] <= last and kinds & words and len(set(title) & words) >= 2:
            return True
    return False


def _loose(event: Event) -> bool:
    """An approximate entry over a window of MIN_LOOSE_DAYS to MAX_LOOSE_DAYS: no deadline, no series."""
    return (event.precision == "approximate" and event.window is not None and event.rrule is None
            and event.kind != "deadline"
            and MIN_LOOSE_DAYS <= (event.window[1] - event.window[0]).days + 1 <= MAX_LOOSE_DAYS)


def _dated(event: Event) -> bool:
    return event.precision != "approximate" and event.rrule is None and event.kind != "deadline"


def _words(event: Event) -> set[str]:
    """The words of an entry's title and of the sentences it was read from."""
    text = " ".join([event.title, *(s.sentence for s in event.sources)]).lower()
    return set(_WORD.findall(text))


def _days(event: Event) -> tuple[date, date]:
    start = _day(event.start)
    return start, _day(event.end) if event.end is not None else start


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
